// Operations of the audit domain: the append-only log and the values its filters can take.
import { graphql } from './generated';

export const AuditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    actorId
    actorEmail
    action
    entityType
    entityId
    before
    after
    actorName
    subject {
      name
      startupId
      startupName
      fundId
      fundName
      challengeId
      challengeTitle
      dealId
      dealTitle
      cohortId
      mentorId
      mentorName
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditFacetsQuery = graphql(`
  query AuditFacets {
    auditFacets {
      actions
      entityTypes
      actorEmails
      actors {
        id
        name
        email
      }
    }
  }
`);

export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      verifiedUpTo
      brokenAt
      tailMissing
    }
  }
`);
