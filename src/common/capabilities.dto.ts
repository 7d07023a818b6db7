import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_EDITABLE_FIELDS, type MembershipEditableField } from '../access/capabilities.js';
import { PORTAL_ROLES, TICKET_STATUSES, type PortalRole, type TicketStatus } from '../access/principal.js';
import { TICKET_EDITABLE_FIELDS, type TicketEditableField } from '../access/ticket-capabilities.js';

/**
 * `capabilities` of single-object responses (SPEC §7): what the caller may do with the object
 * now, computed by the same decisions that enforce each action. A capability shown true succeeds
 * (other rules of the request aside: a stale If-Match, an invalid value); one shown false is refused.
 */

export class TicketCapabilitiesDto {
  @ApiProperty({ example: true, description: '`POST tickets/{id}/comments`' })
  comment: boolean;
  @ApiProperty({ example: false, description: '`POST tickets/{id}/comments` with `internal: true` (staff)' })
  commentInternal: boolean;
  @ApiProperty({ example: true, description: '`PATCH tickets/{id}` (with the fields of `editableFields`)' })
  update: boolean;
  @ApiProperty({
    enum: TICKET_EDITABLE_FIELDS,
    enumName: 'TicketEditableField',
    isArray: true,
    example: ['subject', 'description', 'priority', 'type', 'groupId', 'assigneeId', 'ciIds'],
    description:
      'The fields the caller may send to `PATCH tickets/{id}` (organizationId and siteId: staff); empty when `update` is false. Values are still checked (allowed ticket types and responsibles)',
  })
  editableFields: TicketEditableField[];
  @ApiProperty({
    enum: TICKET_STATUSES,
    enumName: 'TicketStatus',
    isArray: true,
    example: ['RESOLVED', 'CANCELLED'],
    description:
      'The statuses `POST tickets/{id}/transitions` accepts now: reachable by the workflow from the current status and allowed by the caller’s `allowedStatuses`',
  })
  transitions: TicketStatus[];
  @ApiProperty({ example: true, description: '`POST`/`DELETE tickets/{id}/ccs` (staff and the requester)' })
  manageCcs: boolean;
  @ApiProperty({ example: true, description: 'Add a file to the ticket (whoever may comment may attach)' })
  addAttachment: boolean;
}

export class CommentCapabilitiesDto {
  @ApiProperty({
    example: true,
    description: 'Add a file to the comment (the ticket’s comment rule; internal comments: staff)',
  })
  addAttachment: boolean;
}

export class ValidationCapabilitiesDto {
  @ApiProperty({
    example: true,
    description:
      '`POST validations/{id}/decisions` now: an eligible decider, the validation open and not yet decided by the caller',
  })
  decide: boolean;
}

export class CiCapabilitiesDto {
  @ApiProperty({ example: false, description: '`PATCH cis/{id}` (staff)' })
  update: boolean;
  @ApiProperty({ example: false, description: '`DELETE cis/{id}` (staff)' })
  delete: boolean;
  @ApiProperty({ example: true, description: '`GET cis/{id}/sheet.pdf`' })
  sheet: boolean;
}

export class ContractCapabilitiesDto {
  @ApiProperty({ example: false, description: '`PATCH contracts/{id}` (staff)' })
  update: boolean;
  @ApiProperty({ example: false, description: '`DELETE contracts/{id}` (staff)' })
  delete: boolean;
}

export class MembershipCapabilitiesDto {
  @ApiProperty({ example: true, description: '`PATCH memberships/{id}` (with the fields of `editableFields`)' })
  update: boolean;
  @ApiProperty({
    enum: MEMBERSHIP_EDITABLE_FIELDS,
    enumName: 'MembershipEditableField',
    isArray: true,
    example: ['roles'],
    description: 'ADMIN: every field; a role manager of the organisation: `roles` of another member; else none',
  })
  editableFields: MembershipEditableField[];
  @ApiProperty({
    enum: PORTAL_ROLES,
    enumName: 'PortalRole',
    isArray: true,
    example: ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER'],
    description: 'The roles the caller may grant or remove on this membership',
  })
  grantableRoles: PortalRole[];
  @ApiProperty({ example: false, description: '`DELETE memberships/{id}` (ADMIN)' })
  remove: boolean;
}

export class PageCapabilitiesDto {
  @ApiProperty({ example: false, description: '`PATCH pages/{id}` (ADMIN)' })
  update: boolean;
  @ApiProperty({ example: false, description: '`DELETE pages/{id}` (ADMIN)' })
  delete: boolean;
}
