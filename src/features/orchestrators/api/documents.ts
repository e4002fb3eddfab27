import { graphql } from '../../../lib/graphql.ts';

// Orchestrators (fiftyone-api.md §3.10 and the [ext] names of §13).

// list_orchestrators(include_deactivated), with search, order and pages.
export const OrchestratorsPageQuery = graphql(`
  query OrchestratorsPage(
    $page: Int!
    $pageSize: Int!
    $filter: OrchestratorFilter
    $search: OrchestratorSearchFieldsSearch
    $order: OrchestratorOrderFieldsOrder
  ) {
    orchestratorsPage(
      page: $page
      pageSize: $pageSize
      filter: $filter
      search: $search
      order: $order
    ) {
      page
      pageTotal
      nodeTotal
      nodes {
        orchestratorIdentifier
        instanceIdentifier
        description
        environment
        availableOperators
        createdAt
        updatedAt
        deactivatedAt
      }
    }
  }
`);

// The same without the [ext] environment, for the published server.
export const OrchestratorsPagePublishedQuery = graphql(`
  query OrchestratorsPagePublished(
    $page: Int!
    $pageSize: Int!
    $filter: OrchestratorFilter
    $search: OrchestratorSearchFieldsSearch
    $order: OrchestratorOrderFieldsOrder
  ) {
    orchestratorsPage(
      page: $page
      pageSize: $pageSize
      filter: $filter
      search: $search
      order: $order
    ) {
      page
      pageTotal
      nodeTotal
      nodes {
        orchestratorIdentifier
        instanceIdentifier
        description
        availableOperators
        createdAt
        updatedAt
        deactivatedAt
      }
    }
  }
`);

// get_orchestrator(instance_id): an error when it does not exist.
export const OrchestratorQuery = graphql(`
  query Orchestrator($instanceIdentifier: String!) {
    orchestrator(instanceIdentifier: $instanceIdentifier) {
      orchestratorIdentifier
      instanceIdentifier
      description
      environment
      availableOperators
      config
      secrets
      createdAt
      updatedAt
      deactivatedAt
    }
  }
`);

// The same without the [ext] environment, config and secrets.
export const OrchestratorPublishedQuery = graphql(`
  query OrchestratorPublished($instanceIdentifier: String!) {
    orchestrator(instanceIdentifier: $instanceIdentifier) {
      orchestratorIdentifier
      instanceIdentifier
      description
      availableOperators
      createdAt
      updatedAt
      deactivatedAt
    }
  }
`);

// register_orchestrator(instance_id, description, environment, config, secrets)
export const RegisterOrchestratorMutation = graphql(`
  mutation RegisterOrchestrator(
    $instanceIdentifier: String!
    $description: String!
    $environment: OrchestratorEnvironment!
    $config: JSON
    $secrets: JSON
  ) {
    registerOrchestrator(
      instanceIdentifier: $instanceIdentifier
      description: $description
      environment: $environment
      config: $config
      secrets: $secrets
    ) {
      instanceIdentifier
      secrets
    }
  }
`);

// delete_orchestrator(instance_id)
export const DeleteOrchestratorMutation = graphql(`
  mutation DeleteOrchestrator($instanceIdentifier: String!) {
    deleteOrchestrator(instanceIdentifier: $instanceIdentifier)
  }
`);
