import type { WidgetType } from './widgets.js';

export const PORTAL_TEMPLATES = ['EMPTY', 'TICKET_DESK'] as const;
export type PortalTemplate = (typeof PORTAL_TEMPLATES)[number];

export interface TemplatePage {
  title: string;
  slug: string;
  widgets: { type: WidgetType; config: Record<string, unknown> }[];
}

/** The ticket-desk template: one page per working area of a support portal. */
export const TEMPLATE_PAGES: Record<PortalTemplate, TemplatePage[]> = {
  EMPTY: [],
  TICKET_DESK: [
    {
      title: 'Tickets',
      slug: 'tickets',
      widgets: [
        {
          type: 'TICKET_LIST',
          config: { pageSize: 25, columns: ['number', 'subject', 'status', 'priority', 'updatedAt'] },
        },
      ],
    },
    { title: 'New ticket', slug: 'new-ticket', widgets: [{ type: 'TICKET_FORM', config: { showCiPicker: true } }] },
    {
      title: 'System information',
      slug: 'system-info',
      widgets: [{ type: 'CI_LIST', config: { pageSize: 25, columns: ['name', 'type', 'serial', 'status', 'site'] } }],
    },
    {
      title: 'Contracts and SLA',
      slug: 'contracts',
      widgets: [{ type: 'CONTRACTS', config: { pageSize: 25, showSlaTargets: true } }],
    },
    { title: 'Validations', slug: 'validations', widgets: [{ type: 'VALIDATIONS_INBOX', config: { openOnly: true } }] },
  ],
};
