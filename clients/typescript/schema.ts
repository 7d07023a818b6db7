/**
 * Generated from openapi.yaml by `npm run client` (openapi-typescript). Do not edit by hand.
 */

export interface paths {
    "/api/v1/access/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Explain an access decision: allowed or not, and the grants behind it (admins: anyone; users: themselves) */
        get: operations["Explain_explain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Returns tokens, or `{ mfaRequired, mfaToken }` when the account has 2FA; then call `POST /auth/login/2fa`.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's contact directory: own entry for PORTAL_USER, all members for roles with all contacts */
        get: operations["Users_contacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff groups */
        get: operations["Tenants_groups"];
        put?: never;
        /** Create a staff group (ADMIN) */
        post: operations["Tenants_createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, with memberships */
        get: operations["Me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a membership */
        get: operations["Users_membership"];
        put?: never;
        post?: never;
        /** Remove a membership (ADMIN); takes effect on the next request of the user */
        delete: operations["Users_removeMembership"];
        options?: never;
        head?: never;
        /** Change a membership: ADMIN any field; customer approvers and change managers the roles of other members of their organization */
        patch: operations["Users_updateMembership"];
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations (staff: all; members: their own) */
        get: operations["Tenants_list"];
        put?: never;
        /** Create an organization (ADMIN) */
        post: operations["Tenants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization */
        get: operations["Tenants_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an organization: name, kind, portal, ticket access, email domains (ADMIN; audited) */
        patch: operations["Tenants_update"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the memberships of an organization (staff, customer approvers, change managers) */
        get: operations["Users_members"];
        put?: never;
        /** Add a user to an organization (ADMIN; audited) */
        post: operations["Users_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organization's sites */
        get: operations["Tenants_sites"];
        put?: never;
        /** Create a site (ADMIN); the abbreviation is the client number */
        post: operations["Tenants_createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a site */
        get: operations["Tenants_site"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a site (ADMIN) */
        patch: operations["Tenants_updateSite"];
        trace?: never;
    };
    "/api/v1/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket types the caller may raise in an organization */
        get: operations["Tickets_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tickets the caller may read, newest first (cursor-paginated)
         * @description Filters only narrow what the access policy allows; an organizationId the caller has no access to gives an empty list.
         */
        get: operations["Tickets_list"];
        put?: never;
        /**
         * Raise a ticket
         * @description External users are always the requester; site defaults to the home site and must be the home site or a write site.
         */
        post: operations["Tickets_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket */
        get: operations["Tickets_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a ticket (fields the caller may change); needs If-Match */
        patch: operations["Tickets_update"];
        trace?: never;
    };
    "/api/v1/tickets/{id}/ccs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users CC'd on a ticket */
        get: operations["Tickets_ccs"];
        put?: never;
        /** CC a user on a ticket (staff: any user; the requester: verified members of the organization; at most 20) */
        post: operations["Tickets_addCc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/ccs/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a CC (staff or the requester); the CC loses the access it gave */
        delete: operations["Tickets_removeCc"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments of a ticket, oldest first (internal ones for staff only) */
        get: operations["Tickets_comments"];
        put?: never;
        /** Comment on a ticket (internal: staff only) */
        post: operations["Tickets_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of a ticket, oldest first */
        get: operations["Tickets_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status of a ticket along the workflow */
        post: operations["Tickets_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (staff) */
        get: operations["Users_list"];
        put?: never;
        /** Create a user (ADMIN); external users join the organizations listing their email domain */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user (staff) */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (ADMIN); active=false ends every session at once */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddCcDto: {
            /** Format: uuid */
            userId: string;
        };
        CcDto: {
            /** Format: date-time */
            addedAt: string;
            /** @example Pat Plus */
            name: string;
            /** Format: uuid */
            userId: string;
        };
        CommentDto: {
            /** Format: uuid */
            authorId: string;
            /** @example Sam Agent */
            authorName: string;
            /** @example We have ordered a new fuser. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Internal comments are staff-only */
            internal: boolean;
            /** Format: uuid */
            ticketId: string;
        };
        CommentPage: {
            data: components["schemas"]["CommentDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        ContactDto: {
            /** @example ada@acme.example */
            email: string;
            /** Format: uuid */
            homeSiteId: string | null;
            /** @example Ada Lovelace */
            name: string;
            /** Format: uuid */
            organizationId: string;
            phone: string | null;
            roles: components["schemas"]["PortalRole"][];
            /** Format: uuid */
            userId: string;
        };
        CreateCommentDto: {
            /** @example It happened again at 10:30. */
            body: string;
            /**
             * @description Staff only.
             * @default false
             */
            internal?: boolean;
        };
        CreateGroupDto: {
            /** @description Staff members of the group. */
            agentIds?: string[];
            /** @example Network */
            name: string;
        };
        CreateMembershipDto: {
            /** @description false suspends the membership (frees its seat) */
            active?: boolean;
            allowedResponsibles?: components["schemas"]["ResponsiblesDto"] | null;
            allowedStatuses?: ("NEW" | "OPEN" | "PENDING_CUSTOMER" | "RESOLVED" | "CLOSED" | "CANCELLED")[] | null;
            allowedTicketTypes?: ("INCIDENT" | "SERVICE_REQUEST" | "CHANGE" | "QUESTION")[] | null;
            department?: string | null;
            /**
             * Format: uuid
             * @description null = member without site
             */
            homeSiteId?: string | null;
            /** @description Extra sites whose tickets the member may read */
            readSiteIds?: string[];
            /**
             * @default [
             *       "PORTAL_USER"
             *     ]
             */
            roles?: components["schemas"]["PortalRole"][];
            ticketAccess?: components["schemas"]["TicketAccess"];
            /** Format: uuid */
            userId: string;
            /** @description Extra sites where the member may read, update and create tickets */
            writeSiteIds?: string[];
        };
        CreateOrganizationDto: {
            /**
             * @description The organisation's own (primary) email domains; users registering with them become members.
             * @example [
             *       "acme.example"
             *     ]
             */
            emailDomains?: string[];
            /**
             * @default CUSTOMER
             * @enum {string}
             */
            kind?: "CUSTOMER" | "PARTNER";
            /** @example Acme Industries */
            name: string;
            /** Format: uuid */
            portalId?: string;
            /** @default OWN */
            ticketAccess?: components["schemas"]["TicketAccess"];
        };
        CreateSiteDto: {
            /**
             * @description Unique across the system; doubles as the client number used for self-registration.
             * @example ACME-HQ
             */
            abbreviation: string;
            /** @example 1 Demo Street, Springfield */
            address?: string;
            /** @example Acme Headquarters */
            name: string;
        };
        CreateTicketDto: {
            /**
             * Format: uuid
             * @description Responsible agent
             */
            assigneeId?: string;
            /** @description CIs the ticket is about; each must be visible to the caller. */
            ciIds?: string[];
            /** @example Since this morning every second page jams. */
            description?: string;
            /**
             * Format: uuid
             * @description Responsible group
             */
            groupId?: string;
            /**
             * Format: uuid
             * @description Which of the caller's organizations the ticket is for (default: the default organization). Required for staff.
             */
            organizationId?: string;
            /** @default MEDIUM */
            priority?: components["schemas"]["TicketPriority"];
            /**
             * Format: uuid
             * @description Staff only: raise the ticket on behalf of a member of the organization.
             */
            requesterId?: string;
            /**
             * Format: uuid
             * @description Defaults to the caller's home site; must be the home site or a write site.
             */
            siteId?: string;
            /** @example Printer on floor 2 jams */
            subject: string;
            /** @example INCIDENT */
            type: components["schemas"]["TicketType"];
        };
        CreateUserDto: {
            /**
             * Format: email
             * @example new.user@acme.example
             */
            email: string;
            /** @example New User */
            name: string;
            /**
             * Format: uuid
             * @description An organisation to add the external user to, besides the email-domain assignment.
             */
            organizationId?: string;
            /**
             * @description With a password the user may log in at once; without one, they need an invitation or a reset.
             * @example a long passphrase here
             */
            password?: string;
            /** @example +44 20 7946 0000 */
            phone?: string;
            /**
             * @default [
             *       "PORTAL_USER"
             *     ]
             */
            roles?: components["schemas"]["PortalRole"][];
            /** @description Makes the user staff. External users have none. */
            staffRole?: components["schemas"]["StaffRole"];
        };
        DomainDto: {
            /** @example acme.example */
            domain: string;
            /**
             * @description ASSOCIATED domains come from partner links
             * @enum {string}
             */
            kind: "PRIMARY" | "ASSOCIATED";
        };
        ExplanationDto: {
            allowed: boolean;
            /** @description The grants that allow the action (empty when refused) */
            grants: components["schemas"]["GrantViewDto"][];
            /** @example allowed by organization ticketAccess=ORG_COMMENT */
            reason: string;
        };
        FieldErrorDto: {
            /** @example subject */
            field: string;
            /** @example subject must be shorter than or equal to 200 characters */
            message: string;
        };
        GrantViewDto: {
            /**
             * @example [
             *       "read",
             *       "comment"
             *     ]
             */
            capabilities: string[];
            /** @example organization 0190b8a5-… */
            scope: string;
            /**
             * @description STAFF, REQUESTER, CC, ORGANIZATION_SETTING, USER_SETTING, ROLE, READ_SITE, WRITE_SITE, MEMBER_SITES, SYSTEM_INFO_ROLE
             * @example ORGANIZATION_SETTING
             */
            source: string;
            /** @example organization ticketAccess=ORG_COMMENT */
            via: string;
        };
        GroupDto: {
            agentIds: string[];
            /** Format: uuid */
            id: string;
            /** @example Service Desk */
            name: string;
        };
        HealthDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        HistoryEntryDto: {
            /** @example status_changed */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /**
             * @example {
             *       "status": "RESOLVED"
             *     }
             */
            after: Record<string, never> | null;
            /**
             * @example {
             *       "status": "OPEN"
             *     }
             */
            before: Record<string, never> | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        HistoryPage: {
            data: components["schemas"]["HistoryEntryDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        LoginDto: {
            /**
             * Format: email
             * @description Email address of the account.
             * @example admin@outpost.example
             */
            email: string;
            /**
             * @description The account password.
             * @example correct horse battery staple
             */
            password: string;
        };
        MeDto: {
            /** Format: uuid */
            defaultOrganizationId: string | null;
            /** @example ada@acme.example */
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            /** @example en-GB */
            locale: string | null;
            memberships?: components["schemas"]["MyMembershipDto"][];
            /** @example Ada Lovelace */
            name: string;
            /** @example +44 20 7946 0000 */
            phone: string | null;
            /** @description null for external users */
            staffRole: components["schemas"]["StaffRole"] | null;
            totpEnabled: boolean;
        };
        MembershipDto: {
            active: boolean;
            /** @description null = unrestricted */
            allowedResponsibles: components["schemas"]["ResponsiblesDto"] | null;
            /** @description null = unrestricted */
            allowedStatuses: ("NEW" | "OPEN" | "PENDING_CUSTOMER" | "RESOLVED" | "CLOSED" | "CANCELLED")[] | null;
            /** @description null = unrestricted */
            allowedTicketTypes: ("INCIDENT" | "SERVICE_REQUEST" | "CHANGE" | "QUESTION")[] | null;
            /** Format: date-time */
            createdAt: string;
            department: string | null;
            /** @example ada@acme.example */
            email: string;
            /** Format: uuid */
            homeSiteId: string | null;
            /** Format: uuid */
            id: string;
            /** @example Ada Lovelace */
            name: string;
            /** Format: uuid */
            organizationId: string;
            readSiteIds: string[];
            roles: components["schemas"]["PortalRole"][];
            ticketAccess: components["schemas"]["TicketAccess"];
            /** Format: uuid */
            userId: string;
            version: number;
            writeSiteIds: string[];
        };
        MfaRequiredDto: {
            /**
             * @example true
             * @enum {boolean}
             */
            mfaRequired: true;
            /**
             * @description Short-lived token, usable only at `POST /auth/login/2fa`.
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...
             */
            mfaToken: string;
        };
        MyMembershipDto: {
            department: string | null;
            /** Format: uuid */
            homeSiteId: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            /** @example Acme Industries */
            organizationName: string;
            readSiteIds: string[];
            roles: components["schemas"]["PortalRole"][];
            ticketAccess: components["schemas"]["TicketAccess"];
            writeSiteIds: string[];
        };
        OrganizationDto: {
            /** Format: date-time */
            createdAt: string;
            domains: components["schemas"]["DomainDto"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "CUSTOMER" | "PARTNER";
            /** @example Acme Industries */
            name: string;
            /** Format: uuid */
            portalId: string | null;
            /** @description Organisation-wide ticket access of its members (above OWN = shared organisation) */
            ticketAccess: components["schemas"]["TicketAccess"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        PortalRole: "PORTAL_USER" | "PORTAL_USER_PLUS" | "CUSTOMER_APPROVER" | "CHANGE_MANAGER" | "CONTROLLER";
        ProblemDto: {
            /** @example ticket not found */
            detail: string;
            /** @description Field errors (validation problems) */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @example /api/v1/tickets/0190b8a5-0000-7000-8000-000000000000 */
            instance?: string;
            /** @example req-3f9c2a */
            requestId?: string;
            /** @example 404 */
            status: number;
            /** @example Not found */
            title: string;
            /** @example https://outpost.dev/problems/not-found */
            type: string;
        };
        ResponsiblesDto: {
            agentIds: string[];
            groupIds: string[];
        };
        SiteDto: {
            /**
             * @description Unique across the system; the customer's client number.
             * @example ACME-HQ
             */
            abbreviation: string;
            /** @example 1 Demo Street */
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example Acme Headquarters */
            name: string;
            /** Format: uuid */
            organizationId: string;
            version: number;
        };
        /**
         * @description null for external users
         * @enum {string}
         */
        StaffRole: "ADMIN" | "AGENT";
        /** @enum {string} */
        TicketAccess: "OWN" | "ORG_READ" | "ORG_COMMENT" | "ORG_EDIT";
        TicketDetailDto: {
            /** Format: uuid */
            assigneeId: string | null;
            /** @description Whether the caller is CC’d */
            cc: boolean;
            /** @description Linked CIs */
            ciIds: string[];
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example Since this morning every second page jams. */
            description: string;
            /** Format: uuid */
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Human-readable ticket number
             * @example 1042
             */
            number: number;
            /** Format: uuid */
            organizationId: string;
            priority: components["schemas"]["TicketPriority"];
            /** Format: uuid */
            requesterId: string;
            /**
             * Format: date-time
             * @description SLA: resolution due
             */
            resolutionDueAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @description SLA: first response due (from the covering sold contract)
             */
            responseDueAt: string | null;
            /** Format: uuid */
            siteId: string | null;
            status: components["schemas"]["TicketStatus"];
            /** @example Printer on floor 2 jams */
            subject: string;
            type: components["schemas"]["TicketType"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; the ETag */
            version: number;
        };
        TicketDto: {
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example Since this morning every second page jams. */
            description: string;
            /** Format: uuid */
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Human-readable ticket number
             * @example 1042
             */
            number: number;
            /** Format: uuid */
            organizationId: string;
            priority: components["schemas"]["TicketPriority"];
            /** Format: uuid */
            requesterId: string;
            /**
             * Format: date-time
             * @description SLA: resolution due
             */
            resolutionDueAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @description SLA: first response due (from the covering sold contract)
             */
            responseDueAt: string | null;
            /** Format: uuid */
            siteId: string | null;
            status: components["schemas"]["TicketStatus"];
            /** @example Printer on floor 2 jams */
            subject: string;
            type: components["schemas"]["TicketType"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; the ETag */
            version: number;
        };
        TicketPage: {
            data: components["schemas"]["TicketDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        TicketPriority: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
        /** @enum {string} */
        TicketStatus: "NEW" | "OPEN" | "PENDING_CUSTOMER" | "RESOLVED" | "CLOSED" | "CANCELLED";
        /** @enum {string} */
        TicketType: "INCIDENT" | "SERVICE_REQUEST" | "CHANGE" | "QUESTION";
        TicketTypesDto: {
            /** Format: uuid */
            organizationId: string | null;
            /** @description Empty in external support mode for a member without site */
            types: components["schemas"]["TicketType"][];
        };
        TokensDto: {
            /**
             * @description Short-lived JWT for the `Authorization: Bearer` header.
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque, single-use refresh token; exchange it at `POST /auth/refresh`.
             * @example rt_3q2+7w...
             */
            refreshToken: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        TransitionDto: {
            /**
             * @description Optional public comment recorded with the transition.
             * @example Replaced the fuser unit.
             */
            comment?: string;
            /** @example RESOLVED */
            status: components["schemas"]["TicketStatus"];
        };
        UpdateMembershipDto: {
            /** @description false suspends the membership (frees its seat) */
            active?: boolean;
            allowedResponsibles?: components["schemas"]["ResponsiblesDto"] | null;
            allowedStatuses?: ("NEW" | "OPEN" | "PENDING_CUSTOMER" | "RESOLVED" | "CLOSED" | "CANCELLED")[] | null;
            allowedTicketTypes?: ("INCIDENT" | "SERVICE_REQUEST" | "CHANGE" | "QUESTION")[] | null;
            department?: string | null;
            /**
             * Format: uuid
             * @description null = member without site
             */
            homeSiteId?: string | null;
            /** @description Extra sites whose tickets the member may read */
            readSiteIds?: string[];
            /** @description ADMIN: any roles. Customer approvers and change managers: PORTAL_USER, PORTAL_USER_PLUS and roles they hold, never their own membership. */
            roles?: components["schemas"]["PortalRole"][];
            ticketAccess?: components["schemas"]["TicketAccess"];
            /** @description Extra sites where the member may read, update and create tickets */
            writeSiteIds?: string[];
        };
        UpdateOrganizationDto: {
            /**
             * @description Replaces the primary email domains (associated domains from partner links are kept).
             * @example [
             *       "acme.example"
             *     ]
             */
            emailDomains?: string[];
            /** @enum {string} */
            kind?: "CUSTOMER" | "PARTNER";
            /** @example Acme Industries Ltd */
            name?: string;
            /** Format: uuid */
            portalId?: string | null;
            ticketAccess?: components["schemas"]["TicketAccess"];
        };
        UpdateSiteDto: {
            abbreviation?: string;
            address?: string;
            name?: string;
        };
        UpdateTicketDto: {
            /** Format: uuid */
            assigneeId?: string | null;
            ciIds?: string[];
            description?: string;
            /** Format: uuid */
            groupId?: string | null;
            /**
             * Format: uuid
             * @description Staff only: move the ticket to another organization of its requester.
             */
            organizationId?: string;
            priority?: components["schemas"]["TicketPriority"];
            /**
             * Format: uuid
             * @description Staff only: move the ticket to another site of its organization.
             */
            siteId?: string | null;
            subject?: string;
            type?: components["schemas"]["TicketType"];
        };
        UpdateUserDto: {
            /** @description false deactivates the user: every session ends at once. */
            active?: boolean;
            /** Format: uuid */
            defaultOrganizationId?: string | null;
            name?: string;
            phone?: string;
        };
        UserDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            defaultOrganizationId: string | null;
            /** @example ada@acme.example */
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            /** @example Ada Lovelace */
            name: string;
            phone: string | null;
            staffRole: components["schemas"]["StaffRole"] | null;
            version: number;
        };
        UserPage: {
            data: components["schemas"]["UserDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Explain_explain: {
        parameters: {
            query: {
                /** @description ticket: read, comment, update, transition, manage_cc; ci: read */
                action: string;
                /** @description `<kind>:<id>`, e.g. `ticket:0190b8a5-…` or `ci:…`. */
                resource: string;
                /** @description Whose access to explain; default: the caller. Only admins may ask about someone else. */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"] | components["schemas"]["MfaRequiredDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Too many requests; see Retry-After",
                     *       "status": 429,
                     *       "title": "Too many requests; see Retry-After",
                     *       "type": "https://outpost.dev/problems/too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_contacts: {
        parameters: {
            query?: {
                /** @description Default: every organization of the caller */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_groups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDto"][];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_membership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_removeMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_updateMembership: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag of the resource as last read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMembershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match does not match the current ETag",
                     *       "status": 412,
                     *       "title": "If-Match does not match the current ETag",
                     *       "type": "https://outpost.dev/problems/precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match is required",
                     *       "status": 428,
                     *       "title": "If-Match is required",
                     *       "type": "https://outpost.dev/problems/precondition-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"][];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_update: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag of the resource as last read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match does not match the current ETag",
                     *       "status": 412,
                     *       "title": "If-Match does not match the current ETag",
                     *       "type": "https://outpost.dev/problems/precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match is required",
                     *       "status": 428,
                     *       "title": "If-Match is required",
                     *       "type": "https://outpost.dev/problems/precondition-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMembershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_sites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_createSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSiteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_site: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tenants_updateSite: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag of the resource as last read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match does not match the current ETag",
                     *       "status": 412,
                     *       "title": "If-Match does not match the current ETag",
                     *       "type": "https://outpost.dev/problems/precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match is required",
                     *       "status": 428,
                     *       "title": "If-Match is required",
                     *       "type": "https://outpost.dev/problems/precondition-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_types: {
        parameters: {
            query?: {
                /** @description Default: the default organization */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypesDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Narrows to one organization (never widens what the caller may see). */
                organizationId?: string;
                /** @description Only tickets past their SLA resolution due time and not resolved. */
                overdue?: boolean;
                priority?: components["schemas"]["TicketPriority"];
                /** @description Case-insensitive text search in the subject. */
                q?: string;
                requesterId?: string;
                siteId?: string;
                /** @description One or more statuses: repeat the parameter or separate them with commas. */
                status?: components["schemas"]["TicketStatus"][];
                type?: components["schemas"]["TicketType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_update: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag of the resource as last read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match does not match the current ETag",
                     *       "status": 412,
                     *       "title": "If-Match does not match the current ETag",
                     *       "type": "https://outpost.dev/problems/precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "If-Match is required",
                     *       "status": 428,
                     *       "title": "If-Match is required",
                     *       "type": "https://outpost.dev/problems/precondition-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_ccs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CcDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_addCc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCcDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CcDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_removeCc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_comments: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_history: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tickets_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Case-insensitive substring of the email or name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Conflict with the current state",
                     *       "status": 409,
                     *       "title": "Conflict with the current state",
                     *       "type": "https://outpost.dev/problems/conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Invalid request: malformed id, unknown property or field errors",
                     *       "status": 400,
                     *       "title": "Invalid request: malformed id, unknown property or field errors",
                     *       "type": "https://outpost.dev/problems/validation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Missing, invalid or expired credentials",
                     *       "status": 401,
                     *       "title": "Missing, invalid or expired credentials",
                     *       "type": "https://outpost.dev/problems/unauthenticated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Visible but not allowed; `detail` says why */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Visible but not allowed; `detail` says why",
                     *       "status": 403,
                     *       "title": "Visible but not allowed; `detail` says why",
                     *       "type": "https://outpost.dev/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller (indistinguishable) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Not found, or not visible to the caller (indistinguishable)",
                     *       "status": 404,
                     *       "title": "Not found, or not visible to the caller (indistinguishable)",
                     *       "type": "https://outpost.dev/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "A referenced resource is invalid or not visible to the caller",
                     *       "status": 422,
                     *       "title": "A referenced resource is invalid or not visible to the caller",
                     *       "type": "https://outpost.dev/problems/unprocessable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Service unavailable",
                     *       "status": 503,
                     *       "title": "Service unavailable",
                     *       "type": "https://outpost.dev/problems/service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
