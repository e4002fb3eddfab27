import { toBase64 } from '../http.ts';
import { buildPluginZip } from '../plugins/build.ts';
import type { DatasetPermission, OperatorRecord, PluginRecord, Role } from '../types.ts';
import type { SeedContext } from './context.ts';

type PermissionSpec = [Role | null, DatasetPermission | null];

interface PluginSpec {
  name: string;
  description: string;
  version: string | null;
  fiftyoneVersion: string | null;
  enabled: boolean;
  builtin: boolean;
  /** Operator name, optionally `!` first for a disabled one, and its own permission if any. */
  operators: [string, PermissionSpec?][];
  secrets: string[];
}

// Declared secrets: LABELBOX_API_KEY, AWS_EXPORT_ROLE_ARN and SLACK_WEBHOOK_URL exist in the
// secrets list (infrastructure.ts); OPENAI_API_KEY, CVAT_PASSWORD and PINECONE_API_KEY do not.
const CUSTOM_PLUGINS: readonly PluginSpec[] = [
  {
    name: '@voxel51/annotation',
    description: 'Send samples to CVAT or Labelbox for annotation and load the results back.',
    version: '2.1.0',
    fiftyoneVersion: '>=1.0',
    enabled: true,
    builtin: false,
    operators: [
      ['request_annotations'],
      ['load_annotations'],
      ['get_annotation_info'],
      ['delete_annotation_run', ['MEMBER', 'MANAGE']],
    ],
    secrets: ['LABELBOX_API_KEY', 'CVAT_PASSWORD'],
  },
  {
    name: '@voxel51/brain',
    description: 'Similarity search, embeddings visualisation, uniqueness and mistakenness.',
    version: '1.4.2',
    fiftyoneVersion: '>=0.23',
    enabled: true,
    builtin: false,
    operators: [
      ['compute_similarity', ['MEMBER', 'EDIT']],
      ['compute_visualization'],
      ['compute_uniqueness'],
      ['compute_mistakenness'],
      ['!compute_hardness'],
      ['manage_similarity_indexes', ['ADMIN', null]],
    ],
    secrets: ['PINECONE_API_KEY'],
  },
  {
    name: '@acme/auto-labeler',
    description: 'Pre-labels new samples with our production detectors and a VLM fallback.',
    version: '0.9.3',
    fiftyoneVersion: '>=1.2',
    enabled: true,
    builtin: false,
    operators: [
      ['run_auto_labeling', ['MEMBER', 'EDIT']],
      ['preview_auto_labels'],
      ['cancel_auto_labeling', ['ADMIN', null]],
    ],
    secrets: ['OPENAI_API_KEY', 'AWS_EXPORT_ROLE_ARN'],
  },
  {
    name: '@acme/data-quality',
    description: 'Finds duplicates, blurry images and label noise; posts reports to Slack.',
    version: '1.2.0',
    fiftyoneVersion: '>=1.0',
    enabled: false,
    builtin: false,
    operators: [
      ['find_duplicates'],
      ['find_blurry_images'],
      ['!flag_label_noise', [null, 'TAG']],
      ['generate_quality_report'],
    ],
    secrets: ['SLACK_WEBHOOK_URL'],
  },
  {
    name: '@acme/export-to-labelbox',
    description: 'Exports views to Labelbox projects and imports reviewed labels.',
    version: '0.3.1',
    fiftyoneVersion: '>=0.24,<2',
    enabled: true,
    builtin: false,
    operators: [
      ['export_to_labelbox', ['MEMBER', 'EDIT']],
      ['!import_from_labelbox', ['MEMBER', 'EDIT']],
      ['sync_labelbox_project'],
    ],
    secrets: ['LABELBOX_API_KEY'],
  },
];

const BUILTIN_PLUGINS: readonly PluginSpec[] = [
  {
    name: '@voxel51/operators',
    description: 'Core operators for editing datasets, fields and indexes.',
    version: '1.0.0',
    fiftyoneVersion: null,
    enabled: true,
    builtin: true,
    operators: [
      ['edit_field_info'],
      ['clone_sample_field'],
      ['rename_sample_field'],
      ['delete_sample_field', ['MEMBER', 'MANAGE']],
      ['create_index'],
      ['drop_index'],
    ],
    secrets: [],
  },
  {
    name: '@voxel51/utils',
    description: 'Common utilities: create, load and describe datasets, compute metadata.',
    version: '1.0.0',
    fiftyoneVersion: null,
    enabled: true,
    builtin: true,
    operators: [
      ['create_dataset'],
      ['load_dataset'],
      ['edit_dataset_info'],
      ['compute_metadata'],
      ['generate_thumbnails'],
    ],
    secrets: [],
  },
];

function operatorOf([spec, permission]: [string, PermissionSpec?]): OperatorRecord {
  const enabled = !spec.startsWith('!');
  return {
    name: enabled ? spec : spec.slice(1),
    enabled,
    permission: permission
      ? { minimumRole: permission[0], minimumDatasetPermission: permission[1] }
      : null,
  };
}

function pluginOf(ctx: SeedContext, spec: PluginSpec): PluginRecord {
  return {
    name: spec.name,
    description: spec.description,
    version: spec.version,
    fiftyoneVersion: spec.fiftyoneVersion,
    enabled: spec.enabled,
    builtin: spec.builtin,
    modifiedAt: ctx.iso(ctx.daysAgo(spec.builtin ? 60 : 2, spec.builtin ? 90 : 200)),
    operators: spec.operators.map(operatorOf),
    secrets: [...spec.secrets],
    // Built-in plugins ship with FiftyOne: there is no archive to download.
    zipBase64: spec.builtin ? null : zipOf(spec),
  };
}

// The archives depend on nothing but the spec, so every seed shares one copy of each.
const zips = new Map<string, string>();

/** The plugin's zip (base64), as its author would have uploaded it. */
function zipOf(spec: PluginSpec): string {
  let zip = zips.get(spec.name);
  if (zip === undefined) {
    zip = toBase64(
      buildPluginZip(
        {
          name: spec.name,
          version: spec.version,
          description: spec.description,
          fiftyoneVersion: spec.fiftyoneVersion,
          operators: spec.operators.map(([operator]) => operator.replace(/^!/, '')),
          secrets: spec.secrets,
        },
        { 'README.md': `# ${spec.name}\n\n${spec.description}\n` },
      ),
    );
    zips.set(spec.name, zip);
  }
  return zip;
}

export function buildBuiltinPlugins(ctx: SeedContext): PluginRecord[] {
  return BUILTIN_PLUGINS.map((spec) => pluginOf(ctx, spec));
}

export function buildCustomPlugins(ctx: SeedContext): PluginRecord[] {
  return CUSTOM_PLUGINS.map((spec) => pluginOf(ctx, spec));
}
