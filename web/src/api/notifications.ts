// Operations of the notifications domain: the bell's list and count, marking read, and the ADMIN's mail and jobs.
import { graphql } from './generated';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      unreadCount
      edges {
        cursor
        node {
          id
          kind
          title
          body
          link
          at
          read
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MailboxQuery = graphql(`
  query Mailbox($first: Int) {
    mailbox(first: $first) {
      id
      to
      subject
      text
      locale
      kind
      transport
      sentAt
    }
  }
`);

export const JobQueueQuery = graphql(`
  query JobQueue {
    jobQueue {
      id
      queue
      kind
      to
      createdAt
      attempts
      lastError
      state
    }
  }
`);

export const RetryJobMutation = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id)
  }
`);

export const NOTIFICATIONS_CHANGED_SUBSCRIPTION =
  'subscription NotificationsChanged { notificationsChanged { unreadCount } }';

export const OverdueReportsQuery = graphql(`
  query OverdueReports {
    overdueReports {
      startup {
        id
        name
      }
      period
      dueDate
      daysOverdue
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      locale
      emailOff
      dailyDigest
      kinds
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      locale
      emailOff
      dailyDigest
      kinds
    }
  }
`);

export const OverdueMilestonesQuery = graphql(`
  query OverdueMilestones {
    overdueMilestones {
      milestoneId
      startup {
        id
        name
      }
      title
      status
      dueDate
      daysOverdue
    }
  }
`);
