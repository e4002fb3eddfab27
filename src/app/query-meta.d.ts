import '@tanstack/react-query';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** What the mutation does, for the default error notification ("Revoking the invitation"). */
      action?: string;
      /** The call site shows errors itself (a dialog keeps its input and shows the message). */
      inlineErrors?: boolean;
    };
  }
}
