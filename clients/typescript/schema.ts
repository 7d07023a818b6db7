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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail of access changes, newest first (ADMIN: all; customer approvers and change managers: their organizations) */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a staff invitation by choosing a password
         * @description The emailed invitation token (single use, 72 h). Confirms the email address.
         */
        post: operations["Auth_acceptInvitation"];
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
         * @description Returns tokens, or `{ mfaRequired, mfaToken }` when the account has 2FA; then call `POST /auth/login/2fa`. Unknown email, wrong password, unverified or deactivated account: the same 401. After `LOGIN_MAX_FAILURES` failures the account is locked (429 with `Retry-After`).
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second step of a 2FA sign-in
         * @description The `mfaToken` from `POST /auth/login` with a current TOTP code (each code is accepted once) or an unused recovery code. After `MFA_MAX_FAILURES` wrong codes the account is locked (429 with `Retry-After`).
         */
        post: operations["Auth_loginSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the session of the refresh token (or, with `everywhere`, every session of the account). Always 204. Access tokens already issued expire by themselves (15 min).
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link
         * @description Always the same 202, whether the address has an account or not. The link works once, for 1 hour.
         */
        post: operations["Auth_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link
         * @description Empty, used or expired token ⇒ 400. Every session of the account ends.
         */
        post: operations["Auth_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description The refresh token is single use: a new one comes back. Presenting an already used one revokes its whole session family (401).
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an external user (self-registration)
         * @description Per the portal option `selfRegistration`: with `clientNumber` (a site abbreviation) for portals in `CLIENT_NUMBER` mode — membership in the site's organisation, home site set; and by the email's domain for portals in `EMAIL_DOMAIN` mode. Always the same 202, whether the email or client number exists or not; a verification link is emailed (24 h), and login is refused until it is used. Organisation, site or role fields in the body are a 400.
         */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Use an emailed verification link
         * @description Confirms a registration (memberships are created now, within the portal's seat limit) or an email change (every session ends). Single use; invalid, used or expired ⇒ 400.
         */
        post: operations["Auth_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CHANGE tickets the caller may read, with their change approvals, newest first (cursor-paginated)
         * @description Staff: all. External users: in the organizations where one of their roles gives "changes" (CHANGE_MANAGER, CONTROLLER); a caller with no such role gets 403.
         */
        get: operations["Changes_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the CIs the caller may see, by name then id (cursor-paginated)
         * @description Members see the CIs of their sites (no site: CIs without site); roles with system info see all CIs of the organization (their sites only in external support mode); with ciDepartmentFilter other roles see their department only. Filters only narrow.
         */
        get: operations["Cis_list"];
        put?: never;
        /** Create a CI (staff) */
        post: operations["Cis_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cis/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a CI with its covering contracts, each marked SOLD or PURCHASED (purchased: staff only) */
        get: operations["Cis_get"];
        put?: never;
        post?: never;
        /** Delete a CI (staff); its links to tickets and contracts go with it */
        delete: operations["Cis_remove"];
        options?: never;
        head?: never;
        /** Update a CI (staff); needs If-Match */
        patch: operations["Cis_update"];
        trace?: never;
    };
    "/api/v1/cis/{id}/sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printable CI sheet (PDF): the CI and its covering contracts marked sold or purchased; same visibility as the CI */
        get: operations["Cis_sheet"];
        put?: never;
        post?: never;
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
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the contracts the caller may see, newest first (cursor-paginated)
         * @description Staff: all. External users: only SOLD contracts, through a role with SLA, of their organization (their own sites in external support mode); others get an empty list.
         */
        get: operations["Contracts_list"];
        put?: never;
        /** Create a contract with SLA targets and covered CIs (staff) */
        post: operations["Contracts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contract (purchased contracts: staff only) */
        get: operations["Contracts_get"];
        put?: never;
        post?: never;
        /** Delete a contract (staff) */
        delete: operations["Contracts_remove"];
        options?: never;
        head?: never;
        /** Update a contract (staff); slaTargets and ciIds replace the current ones; needs If-Match */
        patch: operations["Contracts_update"];
        trace?: never;
    };
    "/api/v1/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Downloads published to the caller's organizations or their portals, newest first (staff: all) */
        get: operations["Downloads_list"];
        put?: never;
        /** Publish a file to a portal or to one organization (staff; base64 content, at most 512 KiB, allow-listed content types) */
        post: operations["Downloads_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/downloads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A download's metadata */
        get: operations["Downloads_get"];
        put?: never;
        post?: never;
        /** Withdraw a download (staff) */
        delete: operations["Downloads_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/downloads/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the file, always as an attachment (Content-Disposition: attachment, X-Content-Type-Options: nosniff) */
        get: operations["Downloads_content"];
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
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices, newest issue date first (staff: all; CONTROLLER: their organizations')
         * @description A caller none of whose roles gives invoices gets 403 "requires CONTROLLER".
         */
        get: operations["Invoices_list"];
        put?: never;
        /** Create an invoice for an organization, optionally for one of its contracts (staff) */
        post: operations["Invoices_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invoice (staff; CONTROLLER of its organization) */
        get: operations["Invoices_get"];
        put?: never;
        post?: never;
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
        /**
         * The signed-in user, with memberships
         * @description The `ETag` header can be sent back as `If-Match` on `PATCH /me`.
         */
        get: operations["Me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit my name, phone or locale
         * @description Only `name`, `phone` and `locale`; any other property (organisation, site, roles, restrictions, email, flags) is a 400 and nothing changes. Send `If-Match` with the ETag to avoid overwriting a concurrent edit (412).
         */
        patch: operations["Me_update"];
        trace?: never;
    };
    "/api/v1/me/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Turn 2FA off
         * @description Needs the password and a current code (or a recovery code). Wrong ⇒ 403 (counted by the 2FA lockout).
         */
        delete: operations["TwoFactor_disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn 2FA on with a first code
         * @description Returns 10 single-use recovery codes, shown this once. From now on every sign-in needs a code. Wrong code ⇒ 403 (counted by the 2FA lockout).
         */
        post: operations["TwoFactor_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP enrolment
         * @description A new secret, its `otpauth://` URI and the QR code (data URL; also `GET /me/2fa/qr.png`). Nothing changes until `POST /me/2fa/confirm`. 409 when 2FA is already on.
         */
        post: operations["TwoFactor_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QR code of the pending enrolment (PNG) */
        get: operations["TwoFactor_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my email address
         * @description Needs the password, and `code` when 2FA is on. A confirmation link goes to the new address (confirm with `POST /auth/verify-email`) and a notice to the current one; the address changes, and every session ends, when the link is used.
         */
        post: operations["Me_changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Needs the current password (wrong ⇒ 403, counted by the login lockout). Ends every session, this one included, and returns fresh tokens.
         */
        post: operations["Me_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My portal: per organisation, the tiles and pages my roles allow (ACTIVE portals only; staff preview with organizationId) */
        get: operations["MyPortal_get"];
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
        /** List organizations, newest first (staff: all; members: their own) */
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
    "/api/v1/organizations/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner links of a customer organisation (staff, and its approvers / change managers) */
        get: operations["Partners_list"];
        put?: never;
        /**
         * Link a PARTNER organisation to this CUSTOMER with recorded consent (ADMIN; audited)
         * @description The partner's primary email domains become associated domains of the customer; applyToExisting also adds memberships for the partner's current users (seat limit applies, 409 when exceeded).
         */
        post: operations["Partners_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/partners/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a partner: removes the memberships and domains held through the link; tickets stay with the customer (ADMIN; audited) */
        delete: operations["Partners_remove"];
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
    "/api/v1/pages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a portal page (staff) */
        get: operations["Portals_getPage"];
        put?: never;
        post?: never;
        /** Delete a page and its widgets (ADMIN) */
        delete: operations["Portals_deletePage"];
        options?: never;
        head?: never;
        /** Update a page; `widgets` replaces every widget, in order (ADMIN) */
        patch: operations["Portals_updatePage"];
        trace?: never;
    };
    "/api/v1/portals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List portals (staff) */
        get: operations["Portals_list"];
        put?: never;
        /** Create a portal (ADMIN), DISABLED, empty or from the TICKET_DESK template (audited) */
        post: operations["Portals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a portal with its options and seats in use (staff) */
        get: operations["Portals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Configure a portal: name and options (ADMIN; audited). A seatLimit below the seats in use ⇒ 409 */
        patch: operations["Portals_update"];
        trace?: never;
    };
    "/api/v1/portals/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ENABLED → ACTIVE: visible to the external users of its organisations (ADMIN; audited) */
        post: operations["Portals_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portals/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ACTIVE → ENABLED (ADMIN; audited) */
        post: operations["Portals_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portals/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ENABLED or ACTIVE → DISABLED; pages are kept for a later re-enable (ADMIN; audited) */
        post: operations["Portals_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portals/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DISABLED → ENABLED: configurable, still invisible to external users (ADMIN; audited) */
        post: operations["Portals_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portals/{id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of a portal with their ordered widgets (staff) */
        get: operations["Portals_listPages"];
        put?: never;
        /** Add a page with ordered widgets; each widget config is validated by its type (ADMIN) */
        post: operations["Portals_createPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/contracts-by-site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts by site: support contracts count as sold and are grouped by site (staff: all; externals: what they may see) */
        get: operations["Contracts_bySite"];
        put?: never;
        post?: never;
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
    "/api/v1/tickets/{id}/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the customer to accept or reject something on a ticket (validation or change approval)
         * @description Each eligible decider (an active member of the ticket’s organization holding the deciding role who can read the ticket) gets one notification. While the validation is open the ticket waits for the customer (status PENDING_CUSTOMER, through OPEN when NEW).
         */
        post: operations["Validations_create"];
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
    "/api/v1/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The validations inbox: open and decided validations the caller may see, newest first (cursor-paginated)
         * @description Staff see all; members with a role that sees validations see those of tickets they can read. `awaitingMyDecision=true` keeps the ones the caller can decide now.
         */
        get: operations["Validations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/validations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a validation with every decision taken on it */
        get: operations["Validations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/validations/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a validation (eligible deciders only; one decision per person; final)
         * @description One REJECT rejects; the required number of ACCEPTs accepts. A decided validation refuses further decisions (409); past the due time ⇒ 409 with detail "expired".
         */
        post: operations["Validations_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /**
         * Readiness: this instance takes traffic and the database answers
         * @description 503 while migrations run at start, while shutting down, or when the database does not answer within 2 s.
         */
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
        AcceptedDto: {
            /** @example If the details are valid, we have sent an email with a link to continue. */
            message: string;
        };
        AcceptInvitationDto: {
            /**
             * @description The new password: at least 10 characters, at most 72 bytes (UTF-8), not containing the email or name.
             * @example another long passphrase
             */
            password: string;
            /**
             * @description The token from the emailed link.
             * @example ve_Xk2...
             */
            token: string;
        };
        AddCcDto: {
            /** Format: uuid */
            userId: string;
        };
        AuditEventDto: {
            /** @example membership.updated */
            action: string;
            /**
             * Format: uuid
             * @description Who made the change (null: the system)
             */
            actorId: string | null;
            /** @description State after the change */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description State before the change */
            before: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string | null;
            /** @example 0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f */
            targetId: string;
            /** @example membership */
            targetType: string;
        };
        AuditEventPage: {
            data: components["schemas"]["AuditEventDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        CcDto: {
            /** Format: date-time */
            addedAt: string;
            /** @example Pat Plus */
            name: string;
            /** Format: uuid */
            userId: string;
        };
        ChangeApprovalDto: {
            /** @example 0 */
            acceptCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example Approve the firewall change on Saturday 22:00? */
            question: string;
            /** @example 1 */
            requiredApprovals: number;
            status: components["schemas"]["ValidationStatus"];
        };
        ChangeDto: {
            /** @description Change approvals (validations of kind CHANGE) of the ticket, oldest first */
            approvals: components["schemas"]["ChangeApprovalDto"][];
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
        ChangeEmailDto: {
            /**
             * @description Required when 2FA is on: a current code or a recovery code.
             * @example 492039
             */
            code?: string;
            /**
             * Format: email
             * @description The new sign-in address; a confirmation link is sent there.
             * @example ada.king@acme.example
             */
            newEmail: string;
            /** @example correct horse battery staple */
            password: string;
        };
        ChangePage: {
            data: components["schemas"]["ChangeDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        ChangePasswordDto: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /**
             * @description At least 10 characters, at most 72 bytes (UTF-8), not containing the email or name.
             * @example another long passphrase
             */
            newPassword: string;
        };
        CiDetailDto: {
            /** @description Contracts covering the CI that the caller may see, each marked SOLD or PURCHASED */
            contracts: components["schemas"]["CoveringContractDto"][];
            /** Format: date-time */
            createdAt: string;
            /** @example Finance */
            department: string | null;
            /** Format: uuid */
            id: string;
            /** @example FS-01 file server */
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @example SN-4711 */
            serial: string | null;
            /**
             * Format: uuid
             * @description null: a CI without site
             */
            siteId: string | null;
            status: components["schemas"]["CiStatus"];
            /** @example Server */
            type: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; the ETag */
            version: number;
        };
        CiDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example Finance */
            department: string | null;
            /** Format: uuid */
            id: string;
            /** @example FS-01 file server */
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @example SN-4711 */
            serial: string | null;
            /**
             * Format: uuid
             * @description null: a CI without site
             */
            siteId: string | null;
            status: components["schemas"]["CiStatus"];
            /** @example Server */
            type: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; the ETag */
            version: number;
        };
        CiPage: {
            data: components["schemas"]["CiDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        CiStatus: "ACTIVE" | "IN_STOCK" | "MAINTENANCE" | "RETIRED";
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
        ConfirmTwoFactorDto: {
            /**
             * @description A current 6-digit code from the authenticator app.
             * @example 492039
             */
            code: string;
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
        ContactPage: {
            data: components["schemas"]["ContactDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description PURCHASED contracts are shown to staff only
         * @enum {string}
         */
        ContractDirection: "SOLD" | "PURCHASED";
        ContractDto: {
            /** @description Covered CIs the caller may see */
            ciIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description SOLD to the customer site, or PURCHASED from a supplier (staff only) */
            direction: components["schemas"]["ContractDirection"];
            /**
             * Format: date
             * @example 2027-12-31
             */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ContractKind"];
            /** @example Server maintenance 24/7 */
            name: string;
            /** @example C-2025-017 */
            number: string;
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: uuid
             * @description The customer site (sold contracts)
             */
            siteId: string | null;
            /** @description SLA targets per priority; they set the due times of tickets on the site */
            slaTargets: components["schemas"]["SlaTargetDto"][];
            /**
             * Format: date
             * @example 2025-01-01
             */
            startsOn: string;
            /** @description Supplier of a purchased contract (staff only; absent for external users) */
            supplier?: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; the ETag */
            version: number;
        };
        /** @enum {string} */
        ContractKind: "SERVICE" | "LEASE" | "SUPPORT";
        ContractPage: {
            data: components["schemas"]["ContractDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        ContractsBySiteDto: {
            contracts: components["schemas"]["ReportContractDto"][];
            /** @example 2 */
            count: number;
            /** Format: uuid */
            organizationId: string;
            /**
             * @description Client number
             * @example HQ01
             */
            siteAbbreviation: string | null;
            /**
             * Format: uuid
             * @description null: contracts without site
             */
            siteId: string | null;
            /** @example Headquarters */
            siteName: string | null;
        };
        ContractsBySiteReportDto: {
            sites: components["schemas"]["ContractsBySiteDto"][];
        };
        CoveringContractDto: {
            /** @description PURCHASED contracts are shown to staff only */
            direction: components["schemas"]["ContractDirection"];
            /**
             * Format: date
             * @example 2027-12-31
             */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ContractKind"];
            /** @example Server maintenance 24/7 */
            name: string;
            /** @example C-2024-017 */
            number: string;
            /**
             * Format: date
             * @example 2025-01-01
             */
            startsOn: string;
        };
        CreateCiDto: {
            /** @example Finance */
            department?: string;
            /** @example FS-01 file server */
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @example SN-4711 */
            serial?: string;
            /**
             * Format: uuid
             * @description A site of the organization; omit for a CI without site.
             */
            siteId?: string | null;
            /** @default ACTIVE */
            status?: components["schemas"]["CiStatus"];
            /** @example Server */
            type: string;
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
        CreateContractDto: {
            /** @description CIs of the same organization covered by the contract. */
            ciIds?: string[];
            direction: components["schemas"]["ContractDirection"];
            /**
             * Format: date
             * @example 2027-12-31
             */
            endsOn?: string;
            kind: components["schemas"]["ContractKind"];
            /** @example Server maintenance 24/7 */
            name: string;
            /**
             * @description Unique contract number
             * @example C-2025-017
             */
            number: string;
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: uuid
             * @description A site of the organization (the customer site a sold contract is assigned to).
             */
            siteId?: string;
            slaTargets?: components["schemas"]["SlaTargetDto"][];
            /**
             * Format: date
             * @example 2025-01-01
             */
            startsOn: string;
            /** @example Hardware Vendor GmbH */
            supplier?: string;
        };
        CreateDecisionDto: {
            /** @example Fine for us, Saturday evening is quiet. */
            comment?: string;
            /** @example ACCEPT */
            outcome: components["schemas"]["DecisionOutcome"];
        };
        CreateDownloadDto: {
            /**
             * Format: base64
             * @description The file, base64-encoded (at most 512 KiB decoded).
             * @example V3JpdGUtSG9zdCAiaGVsbG8i
             */
            contentBase64: string;
            /**
             * @example text/plain
             * @enum {string}
             */
            contentType: "application/pdf" | "application/zip" | "application/octet-stream" | "application/x-sh" | "application/x-openvpn-profile" | "application/x-apple-aspen-config" | "application/x-msi" | "text/plain" | "text/csv";
            /**
             * @description Letters, digits, dot, dash, underscore, space; no path
             * @example vpn-windows.ps1
             */
            fileName: string;
            /**
             * Format: uuid
             * @description Publish to one organization.
             */
            organizationId?: string;
            /**
             * Format: uuid
             * @description Publish to every organization of a portal (give exactly one of portalId and organizationId).
             */
            portalId?: string;
            /** @example VPN client configuration (Windows) */
            title: string;
        };
        CreateGroupDto: {
            /** @description Staff members of the group. */
            agentIds?: string[];
            /** @example Network */
            name: string;
        };
        CreateInvoiceDto: {
            /** @example 125000 */
            amountCents: number;
            /**
             * Format: uuid
             * @description A contract of the same organization.
             */
            contractId?: string;
            /**
             * @default EUR
             * @example EUR
             */
            currency?: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueOn?: string;
            /**
             * Format: date
             * @example 2025-03-01
             */
            issuedOn: string;
            /** @example INV-2025-0042 */
            number: string;
            /** Format: uuid */
            organizationId: string;
            /** @default OPEN */
            status?: components["schemas"]["InvoiceStatus"];
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
        CreatePageDto: {
            /** @description Order among the portal's pages (default: last). */
            position?: number;
            /**
             * @description Unique within the portal; lower-case words joined by hyphens
             * @example tickets
             */
            slug: string;
            /** @example Tickets */
            title: string;
            /** @description Ordered widgets of the page. */
            widgets?: components["schemas"]["WidgetInput"][];
        };
        CreatePartnerLinkDto: {
            /**
             * @description Also add memberships in the customer for the partner's existing users (the seat limit applies).
             * @default false
             */
            applyToExisting?: boolean;
            /**
             * Format: date-time
             * @description When the customer consented (not in the future)
             * @example 2025-01-15T10:00:00Z
             */
            consentedAt: string;
            /**
             * Format: email
             * @example jane.doe@acme.example
             */
            consentedByEmail?: string;
            /**
             * @description Who at the customer consented
             * @example Jane Doe
             */
            consentedByName: string;
            /**
             * Format: uuid
             * @description A PARTNER organisation
             */
            partnerOrganizationId: string;
        };
        CreatePortalDto: {
            /** @example Customer service desk */
            name: string;
            options?: components["schemas"]["PortalOptionsInput"];
            /**
             * @description EMPTY (no pages) or TICKET_DESK (tickets, new ticket, system info, contracts, validations pages).
             * @default EMPTY
             */
            template?: components["schemas"]["PortalTemplate"];
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
             * @description With a password the user may log in at once; without one, they are invited by email (single-use set-password link).
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
        CreateValidationDto: {
            /**
             * Format: date-time
             * @description Decisions after this time are refused (409 "expired"); must be in the future.
             * @example 2030-01-31T17:00:00.000Z
             */
            dueAt: string;
            /**
             * @description VALIDATION is decided by CUSTOMER_APPROVER or CHANGE_MANAGER; CHANGE by CHANGE_MANAGER only.
             * @example VALIDATION
             */
            kind: components["schemas"]["ValidationKind"];
            /**
             * @description What the customer is asked to accept or reject.
             * @example May we restart the file server on Saturday 22:00–23:00 (about 30 minutes of downtime)?
             */
            question: string;
            /**
             * @description How many ACCEPTs accept the validation (one REJECT always rejects).
             * @default 1
             * @example 1
             */
            requiredApprovals?: number;
        };
        DecisionDto: {
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            outcome: components["schemas"]["DecisionOutcome"];
            /** Format: uuid */
            userId: string;
            /** @example Ada Approver */
            userName: string;
        };
        /**
         * @description The caller's own decision, if any
         * @enum {string}
         */
        DecisionOutcome: "ACCEPT" | "REJECT";
        DisableTwoFactorDto: {
            /**
             * @description A current 6-digit code, or one unused recovery code.
             * @example 492039
             */
            code: string;
            /**
             * @description The account password.
             * @example correct horse battery staple
             */
            password: string;
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
        DownloadDto: {
            /**
             * @example text/plain
             * @enum {string}
             */
            contentType: "application/pdf" | "application/zip" | "application/octet-stream" | "application/x-sh" | "application/x-openvpn-profile" | "application/x-apple-aspen-config" | "application/x-msi" | "text/plain" | "text/csv";
            /** Format: date-time */
            createdAt: string;
            /** @example vpn-windows.ps1 */
            fileName: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Published to this organization
             */
            organizationId: string | null;
            /**
             * Format: uuid
             * @description Published to every organization of this portal
             */
            portalId: string | null;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /**
             * @description Bytes
             * @example 2048
             */
            size: number;
            /** @example VPN client configuration (Windows) */
            title: string;
        };
        DownloadPage: {
            data: components["schemas"]["DownloadDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        EnrolmentDto: {
            /**
             * @description The `otpauth://` URI the QR code encodes.
             * @example otpauth://totp/Outpost:ada%40acme.example?secret=JBSWY3DPEHPK3PXP&period=30&digits=6&algorithm=SHA1&issuer=Outpost
             */
            otpauthUri: string;
            /**
             * @description The QR code as a `data:image/png;base64,…` URL, ready for an `<img src>`.
             * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...
             */
            qrCodeDataUrl: string;
            /**
             * @description Where to download the same QR code as `image/png` (authenticated).
             * @example /api/v1/me/2fa/qr.png
             */
            qrCodeUrl: string;
            /**
             * @description Base32 TOTP secret, for manual entry in an authenticator app.
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
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
        ForgotPasswordDto: {
            /**
             * Format: email
             * @example grace@acme.example
             */
            email: string;
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
             * @description STAFF, REQUESTER, CC, ORGANIZATION_SETTING, USER_SETTING, ROLE, READ_SITE, WRITE_SITE, MEMBER_SITES, SYSTEM_INFO_ROLE, SEEING_ROLE, DECIDING_ROLE
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
        InvoiceDto: {
            /**
             * @description Amount in minor units (cents)
             * @example 125000
             */
            amountCents: number;
            /**
             * Format: uuid
             * @description The contract invoiced; null when there is none or the caller may not see it (e.g. a purchased contract)
             */
            contractId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example EUR */
            currency: string;
            /**
             * Format: date
             * @example 2025-03-31
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2025-03-01
             */
            issuedOn: string;
            /** @example INV-2025-0042 */
            number: string;
            /** Format: uuid */
            organizationId: string;
            status: components["schemas"]["InvoiceStatus"];
        };
        InvoicePage: {
            data: components["schemas"]["InvoiceDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        InvoiceStatus: "OPEN" | "PAID" | "OVERDUE" | "CANCELLED";
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
        LoginSecondFactorDto: {
            /**
             * @description A current 6-digit code from the authenticator app, or one unused recovery code (`XXXXX-XXXXX`).
             * @example 492039
             */
            code: string;
            /**
             * @description The `mfaToken` returned by `POST /auth/login` (valid 5 minutes).
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...
             */
            mfaToken: string;
        };
        LogoutDto: {
            /**
             * @description Also end every other session of the account (all devices).
             * @default false
             */
            everywhere?: boolean;
            /**
             * @description The refresh token from the last login or refresh. Single use: a new one comes back.
             * @example rt_3q2-7wZ...
             */
            refreshToken: string;
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
        MembershipPage: {
            data: components["schemas"]["MembershipDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
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
        MyPortalDto: {
            organizations: components["schemas"]["MyPortalOrganizationDto"][];
        };
        MyPortalOrganizationDto: {
            /** @description Whether this is the caller's default organisation */
            isDefault: boolean;
            /** Format: uuid */
            organizationId: string;
            /** @example Acme Industries */
            organizationName: string;
            /** @description The pages whose every widget the caller's roles allow, in order. */
            pages: components["schemas"]["PageDto"][];
            /** Format: uuid */
            portalId: string;
            /** @example Customer service desk */
            portalName: string;
            /** @enum {string} */
            portalStatus: "DISABLED" | "ENABLED" | "ACTIVE";
            roles: components["schemas"]["PortalRole"][];
            tiles: components["schemas"]["TilesDto"];
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
        OrganizationPage: {
            data: components["schemas"]["OrganizationDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        PageDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            portalId: string;
            position: number;
            /** @example tickets */
            slug: string;
            /** @example Tickets */
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            widgets: components["schemas"]["WidgetDto"][];
        };
        PartnerLinkDto: {
            /**
             * @description The partner's primary domains added to the customer as ASSOCIATED domains.
             * @example [
             *       "partner.example"
             *     ]
             */
            associatedDomains: string[];
            /** Format: date-time */
            consentedAt: string;
            /** @example jane.doe@acme.example */
            consentedByEmail: string | null;
            /**
             * @description Who at the customer consented to the link.
             * @example Jane Doe
             */
            consentedByName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdById: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Memberships in the customer held through this link.
             * @example 3
             */
            memberships: number;
            /**
             * Format: uuid
             * @description The customer organisation.
             */
            organizationId: string;
            /** Format: uuid */
            partnerOrganizationId: string;
            /** @example Bright Partners Ltd */
            partnerOrganizationName: string;
        };
        PortalDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example Customer service desk */
            name: string;
            options: components["schemas"]["PortalOptionsDto"];
            /**
             * @description Seats in use (external users with an active membership in the portal's organisations).
             * @example 12
             */
            seatsUsed: number;
            /** @description DISABLED → ENABLED (configurable, invisible to external users) → ACTIVE */
            status: components["schemas"]["PortalStatus"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PortalOptionsDto: {
            /** @description Members without "system info" see only CIs of their department. */
            ciDepartmentFilter: boolean;
            /** @description Strict per-site data isolation (SPEC §2). */
            externalSupportMode: boolean;
            require2fa: boolean;
            /**
             * @description Named licences: external users with an active membership in the portal's organisations; null = unlimited.
             * @example 50
             */
            seatLimit: number | null;
            selfRegistration: components["schemas"]["SelfRegistration"];
        };
        PortalOptionsInput: {
            ciDepartmentFilter?: boolean;
            externalSupportMode?: boolean;
            require2fa?: boolean;
            /** @description null = unlimited. Lowering it below the seats in use is refused (409). */
            seatLimit?: number | null;
            selfRegistration?: components["schemas"]["SelfRegistration"];
        };
        PortalPage: {
            data: components["schemas"]["PortalDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        PortalRole: "PORTAL_USER" | "PORTAL_USER_PLUS" | "CUSTOMER_APPROVER" | "CHANGE_MANAGER" | "CONTROLLER";
        /**
         * @description DISABLED → ENABLED (configurable, invisible to external users) → ACTIVE
         * @enum {string}
         */
        PortalStatus: "DISABLED" | "ENABLED" | "ACTIVE";
        /**
         * @description EMPTY (no pages) or TICKET_DESK (tickets, new ticket, system info, contracts, validations pages).
         * @enum {string}
         */
        PortalTemplate: "EMPTY" | "TICKET_DESK";
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
        RecoveryCodesDto: {
            /**
             * @description Ten single-use recovery codes. Shown once: they are stored hashed.
             * @example [
             *       "K7PQ2-MX9TA",
             *       "ZR4WD-8HJ3N"
             *     ]
             */
            recoveryCodes: string[];
        };
        RefreshDto: {
            /**
             * @description The refresh token from the last login or refresh. Single use: a new one comes back.
             * @example rt_3q2-7wZ...
             */
            refreshToken: string;
        };
        RegisterDto: {
            /**
             * @description The customer's client number (a site abbreviation), when the portal registers by client
             *     number. Without it, the email's domain decides (portals that register by email domain).
             * @example ACME-HQ
             */
            clientNumber?: string;
            /**
             * Format: email
             * @description The email address; it must be confirmed before the first login.
             * @example grace@acme.example
             */
            email: string;
            /** @example en-GB */
            locale?: string;
            /** @example Grace Hopper */
            name: string;
            /**
             * @description At least 10 characters, at most 72 bytes (UTF-8), not containing the email or name.
             * @example a long and unusual passphrase
             */
            password: string;
        };
        ReportContractDto: {
            /** Format: date */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ContractKind"];
            /** @example Server maintenance 24/7 */
            name: string;
            /** @example C-2025-017 */
            number: string;
            /**
             * @description Reports count support contracts as sold
             * @enum {string}
             */
            reportedAs: "SOLD";
            /** Format: date */
            startsOn: string;
        };
        ResetPasswordDto: {
            /**
             * @description The new password: at least 10 characters, at most 72 bytes (UTF-8), not containing the email or name.
             * @example another long passphrase
             */
            password: string;
            /**
             * @description The token from the emailed link.
             * @example ve_Xk2...
             */
            token: string;
        };
        ResponsiblesDto: {
            agentIds: string[];
            groupIds: string[];
        };
        /** @enum {string} */
        SelfRegistration: "OFF" | "CLIENT_NUMBER" | "EMAIL_DOMAIN";
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
        SitePage: {
            data: components["schemas"]["SiteDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        SlaTargetDto: {
            priority: components["schemas"]["TicketPriority"];
            /**
             * @description Minutes from the ticket's creation to its resolution.
             * @example 480
             */
            resolutionMinutes: number;
            /**
             * @description Minutes from the ticket's creation to the first response.
             * @example 60
             */
            responseMinutes: number;
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
        TilesDto: {
            changes: boolean;
            /** @enum {string} */
            contacts: "own" | "all";
            invoices: boolean;
            sla: boolean;
            systemInfo: boolean;
            /** @enum {string} */
            tickets: "own" | "all";
            validations: boolean;
        };
        TokenDto: {
            /**
             * @description The token from the emailed link.
             * @example ve_Xk2...
             */
            token: string;
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
        UpdateCiDto: {
            /** @example Finance */
            department?: string | null;
            /** @example FS-01 file server */
            name?: string;
            /** @example SN-4711 */
            serial?: string | null;
            /**
             * Format: uuid
             * @description A site of the CI's organization, or null for "without site".
             */
            siteId?: string | null;
            status?: components["schemas"]["CiStatus"];
            /** @example Server */
            type?: string;
        };
        UpdateContractDto: {
            /** @description Replaces the covered CIs. */
            ciIds?: string[];
            direction?: components["schemas"]["ContractDirection"];
            /** Format: date */
            endsOn?: string | null;
            kind?: components["schemas"]["ContractKind"];
            /** @example Server maintenance 24/7 */
            name?: string;
            /** @example C-2025-017 */
            number?: string;
            /** Format: uuid */
            siteId?: string | null;
            /** @description Replaces all SLA targets. */
            slaTargets?: components["schemas"]["SlaTargetDto"][];
            /** Format: date */
            startsOn?: string;
            supplier?: string | null;
        };
        UpdateMeDto: {
            /**
             * @description A language tag; `null` clears it.
             * @example en-GB
             */
            locale?: string | null;
            /** @example Ada King */
            name?: string;
            /**
             * @description `null` clears it.
             * @example +44 20 7946 0000
             */
            phone?: string | null;
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
        UpdatePageDto: {
            position?: number;
            /** @example tickets */
            slug?: string;
            /** @example Tickets */
            title?: string;
            /** @description Replaces every widget of the page, in this order. */
            widgets?: components["schemas"]["WidgetInput"][];
        };
        UpdatePortalDto: {
            /** @example Customer service desk */
            name?: string;
            options?: components["schemas"]["PortalOptionsInput"];
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
        ValidationDetailDto: {
            /**
             * @description ACCEPT decisions so far
             * @example 0
             */
            acceptCount: number;
            /** @description Whether the caller may decide it now (open, not expired, eligible, not yet decided by the caller) */
            canDecide: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Every decision, oldest first */
            decisions: components["schemas"]["DecisionDto"][];
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ValidationKind"];
            /** @description The caller's own decision, if any */
            myDecision: components["schemas"]["DecisionOutcome"] | null;
            /**
             * Format: uuid
             * @description The ticket's organization
             */
            organizationId: string;
            /** @example May we restart the file server on Saturday 22:00? */
            question: string;
            /**
             * Format: uuid
             * @description The agent who asked
             */
            requestedById: string;
            /** @example 1 */
            requiredApprovals: number;
            /** @description OPEN past the due time reads EXPIRED */
            status: components["schemas"]["ValidationStatus"];
            /** Format: uuid */
            ticketId: string;
            /** @example 1042 */
            ticketNumber: number;
            /** @example File server slow */
            ticketSubject: string;
            /** @description Incremented on every decision; the ETag */
            version: number;
        };
        ValidationDto: {
            /**
             * @description ACCEPT decisions so far
             * @example 0
             */
            acceptCount: number;
            /** @description Whether the caller may decide it now (open, not expired, eligible, not yet decided by the caller) */
            canDecide: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ValidationKind"];
            /** @description The caller's own decision, if any */
            myDecision: components["schemas"]["DecisionOutcome"] | null;
            /**
             * Format: uuid
             * @description The ticket's organization
             */
            organizationId: string;
            /** @example May we restart the file server on Saturday 22:00? */
            question: string;
            /**
             * Format: uuid
             * @description The agent who asked
             */
            requestedById: string;
            /** @example 1 */
            requiredApprovals: number;
            /** @description OPEN past the due time reads EXPIRED */
            status: components["schemas"]["ValidationStatus"];
            /** Format: uuid */
            ticketId: string;
            /** @example 1042 */
            ticketNumber: number;
            /** @example File server slow */
            ticketSubject: string;
            /** @description Incremented on every decision; the ETag */
            version: number;
        };
        /**
         * @description VALIDATION is decided by CUSTOMER_APPROVER or CHANGE_MANAGER; CHANGE by CHANGE_MANAGER only.
         * @enum {string}
         */
        ValidationKind: "VALIDATION" | "CHANGE";
        ValidationPage: {
            data: components["schemas"]["ValidationDto"][];
            /** @description Cursor of the next page, null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description OPEN past the due time reads EXPIRED
         * @enum {string}
         */
        ValidationStatus: "OPEN" | "ACCEPTED" | "REJECTED" | "EXPIRED" | "CANCELLED";
        VerifyEmailResultDto: {
            /**
             * @description The (new) sign-in address.
             * @example grace@acme.example
             */
            email: string;
            /**
             * @description `EMAIL_VERIFIED` after a registration, `EMAIL_CHANGED` after an email change.
             * @enum {string}
             */
            result: "EMAIL_VERIFIED" | "EMAIL_CHANGED";
        };
        WidgetDto: {
            /**
             * @description Type-specific configuration (TicketListConfig, TicketFormConfig, CiListConfig, ContractsConfig, ValidationsInboxConfig, TextConfig).
             * @example {
             *       "pageSize": 25
             *     }
             */
            config: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            position: number;
            type: components["schemas"]["WidgetType"];
        };
        WidgetInput: {
            /**
             * @description Configuration validated per type: TICKET_LIST {pageSize 1..100, columns, statuses}; TICKET_FORM
             *     {types, showCiPicker}; CI_LIST {pageSize, columns}; CONTRACTS {pageSize, showSlaTargets};
             *     VALIDATIONS_INBOX {kinds, openOnly}; TEXT {markdown ≤ 10,000 characters}.
             * @example {
             *       "columns": [
             *         "number",
             *         "subject",
             *         "status"
             *       ],
             *       "pageSize": 25
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
            /** @description Checked with the config, so one answer names every bad widget. */
            type: components["schemas"]["WidgetType"];
        };
        /** @enum {string} */
        WidgetType: "TICKET_LIST" | "TICKET_FORM" | "CI_LIST" | "CONTRACTS" | "VALIDATIONS_INBOX" | "TEXT";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description `private, no-cache` for an authenticated caller; `no-store` for tokens and secrets and for an anonymous caller; `private, no-store` for file downloads */
        "Cache-Control": "private, no-cache" | "no-store" | "private, no-store";
        /** @description Version of the resource: send it back as `If-Match` (updates) or `If-None-Match` (reads) */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Explain_explain: {
        parameters: {
            query: {
                /** @description ticket: read, comment, update, transition, manage_cc; ci: read; validation: read, decide */
                action: string;
                /** @description `<kind>:<id>`, e.g. `ticket:0190b8a5-…`, `ci:…` or `validation:…`. */
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Events at or after this instant. */
                from?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                organizationId?: string;
                targetId?: string;
                targetType?: string;
                /** @description Events before this instant. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Password set; the user can sign in */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"] | components["schemas"]["MfaRequiredDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_loginSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginSecondFactorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyEmailResultDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Changes_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Narrows to one organization (never widens what the caller may see). */
                organizationId?: string;
                /** @description One or more statuses: repeat the parameter or separate them with commas. */
                status?: components["schemas"]["TicketStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cis_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Narrows to one organization (never widens what the caller may see). */
                organizationId?: string;
                /** @description Case-insensitive search in name, serial and type. */
                q?: string;
                siteId?: string;
                /** @description Exact CI type. */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cis_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCiDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict; or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cis_get: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiDetailDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cis_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cis_update: {
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
                "application/json": components["schemas"]["UpdateCiDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Cis_sheet: {
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
            /** @description The PDF */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Contracts_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                direction?: components["schemas"]["ContractDirection"];
                kind?: components["schemas"]["ContractKind"];
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Narrows to one organization (never widens what the caller may see). */
                organizationId?: string;
                siteId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Contracts_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContractDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Contracts_get: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Contracts_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Contracts_update: {
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
                "application/json": components["schemas"]["UpdateContractDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Downloads_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Downloads of this organization and of its portal (never widens what the caller may see). */
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Downloads_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDownloadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict; or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Payload too large */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Payload too large",
                     *       "status": 413,
                     *       "title": "Payload too large",
                     *       "type": "https://outpost.dev/problems/payload-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Downloads_get: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Downloads_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Downloads_content: {
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
            /** @description The file */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDto"][];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invoices_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Narrows to one organization (never widens what the caller may see). */
                organizationId?: string;
                status?: components["schemas"]["InvoiceStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invoices_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvoiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invoices_get: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Version of the profile, for `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Me_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from `GET /me` */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The new version of the profile */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTwoFactorDto"];
            };
        };
        responses: {
            /** @description 2FA is off; the secret and recovery codes are deleted */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmTwoFactorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_enrol: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TwoFactor_qr: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG image */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Me_changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Me_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Seconds until a retry may succeed */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyPortal_get: {
        parameters: {
            query?: {
                /** @description One organisation of the caller; absent = every organisation whose portal is ACTIVE. */
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                kind?: "CUSTOMER" | "PARTNER";
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Case-insensitive substring of the name. */
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Partners_list: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerLinkDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Partners_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerLinkDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Partners_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitePage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable; or the Idempotency-Key was used with a different request */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_getPage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_deletePage: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_updatePage: {
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
                "application/json": components["schemas"]["UpdatePageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePortalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict; or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable; or the Idempotency-Key was used with a different request */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_get: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_update: {
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
                "application/json": components["schemas"]["UpdatePortalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_activate: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_deactivate: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_disable: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_enable: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_listPages: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Portals_createPage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable; or the Idempotency-Key was used with a different request */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Contracts_bySite: {
        parameters: {
            query?: {
                /** @description Narrows to one organization (never widens what the caller may see). */
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractsBySiteReportDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypesDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict; or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CcDto"][];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CcDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Conflict; or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable; or the Idempotency-Key was used with a different request */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Validations_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateValidationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A referenced resource is invalid or not visible to the caller */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Validations_list: {
        parameters: {
            query?: {
                /** @description Only open validations the caller may decide and has not decided yet. */
                awaitingMyDecision?: boolean;
                /** @description Opaque cursor: the previous page's `nextCursor` */
                cursor?: string;
                kind?: components["schemas"]["ValidationKind"];
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Narrows to one organization (never widens what the caller may see). */
                organizationId?: string;
                /** @description Narrows to one status (OPEN excludes validations past their due time; EXPIRED includes them). */
                status?: components["schemas"]["ValidationStatus"];
                ticketId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationPage"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Validations_get: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body
                 * @example "3"
                 */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationDetailDto"];
                };
            };
            /** @description Not modified: `If-None-Match` matches the current ETag (no body) */
            304: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Validations_decide: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.
                 * @example 5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationDetailDto"];
                };
            };
            /** @description Invalid request: malformed id, unknown property or field errors */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Unsupported media type: the body must be application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unsupported media type: the body must be application/json",
                     *       "status": 415,
                     *       "title": "Unsupported media type: the body must be application/json",
                     *       "type": "https://outpost.dev/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable; or the Idempotency-Key was used with a different request */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Unexpected server error (details are logged under the request id, never returned) */
            500: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
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
