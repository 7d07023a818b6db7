import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import bcrypt from 'bcrypt';
import { createPool } from './pool.js';
import { PrismaClient, type Platform, type PortalRole } from '../generated/prisma/client.js';
import { writeTicketHistory } from '../tickets/ticket-history.js';

export const DEMO_PASSWORD = 'Outpost-Demo-2026';

export const DEMO_LOGINS: { email: string; what: string }[] = [
  { email: 'admin@outpost.example', what: 'staff ADMIN' },
  { email: 'agent@outpost.example', what: 'staff AGENT (Service Desk)' },
  { email: 'user@acme.example', what: 'Acme PORTAL_USER, home site ACME-HQ' },
  { email: 'plus@acme.example', what: 'Acme PORTAL_USER_PLUS' },
  { email: 'approver@acme.example', what: 'Acme CUSTOMER_APPROVER' },
  { email: 'changes@acme.example', what: 'Acme CHANGE_MANAGER' },
  { email: 'controller@acme.example', what: 'Acme CONTROLLER' },
  { email: 'user@globex.example', what: 'Globex PORTAL_USER (external support mode), home site GLX-NORTH' },
  { email: 'approver@globex.example', what: 'Globex CUSTOMER_APPROVER (external support mode), home site GLX-NORTH' },
  { email: 'partner@initech.example', what: 'Initech partner user, also a member of Acme' },
];

/** The demo VPN client configuration, one per operating system, published to each demo portal. */
const VPN_CONFIGURATIONS: [Platform, string, string, string, string][] = [
  [
    'WINDOWS',
    'Windows',
    'outpost-vpn-windows.ps1',
    'text/plain',
    'Add-VpnConnection -Name "Outpost" -ServerAddress "vpn.outpost.example" -TunnelType Ikev2 -AuthenticationMethod Eap\r\n',
  ],
  [
    'MACOS',
    'macOS',
    'outpost-vpn-macos.mobileconfig',
    'application/x-apple-aspen-config',
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>PayloadDisplayName</key><string>Outpost VPN</string><key>RemoteAddress</key><string>vpn.outpost.example</string></dict></plist>\n',
  ],
  [
    'LINUX',
    'Linux',
    'outpost-vpn-linux.sh',
    'application/x-sh',
    '#!/bin/sh\nnmcli connection import type openvpn file outpost.ovpn && nmcli connection up outpost\n',
  ],
  [
    'IOS',
    'iOS',
    'outpost-vpn-ios.mobileconfig',
    'application/x-apple-aspen-config',
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>PayloadDisplayName</key><string>Outpost VPN</string><key>RemoteAddress</key><string>vpn.outpost.example</string><key>OnDemandEnabled</key><integer>1</integer></dict></plist>\n',
  ],
  [
    'ANDROID',
    'Android',
    'outpost-vpn-android.ovpn',
    'application/x-openvpn-profile',
    'client\ndev tun\nproto udp\nremote vpn.outpost.example 1194\nauth-user-pass\n',
  ],
];

/** The demo provider: two customers, a partner, staff, tickets, CIs, contracts, invoices, VPN downloads. */
export async function seedDemo(url: string): Promise<void> {
  // UTC sessions like the app's (Prisma's pg adapter reads timestamps as UTC).
  const pool = createPool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000, statements: 'unnamed' });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
    const verified = new Date();
    await prisma.$transaction(
      async (tx) => {
        const mainPortal = await tx.portal.create({
          data: { name: 'Customer Portal', status: 'ACTIVE', selfRegistration: 'CLIENT_NUMBER', seatLimit: 100 },
        });
        const isolatedPortal = await tx.portal.create({
          data: {
            name: 'Isolated Portal',
            status: 'ACTIVE',
            externalSupportMode: true,
            ciDepartmentFilter: true,
            selfRegistration: 'EMAIL_DOMAIN',
          },
        });
        for (const portal of [mainPortal, isolatedPortal]) {
          await tx.portalPage.create({
            data: {
              portalId: portal.id,
              title: 'Tickets',
              slug: 'tickets',
              position: 0,
              widgets: {
                create: [
                  { type: 'TICKET_LIST', position: 0, config: { pageSize: 25 } },
                  { type: 'TICKET_FORM', position: 1, config: {} },
                ],
              },
            },
          });
        }
        const serviceDesk = await tx.group.create({ data: { name: 'Service Desk' } });
        await tx.group.create({ data: { name: 'Network' } });
        const staff = async (email: string, name: string, staffRole: 'ADMIN' | 'AGENT') =>
          tx.user.create({ data: { email, name, staffRole, passwordHash, emailVerifiedAt: verified } });
        const admin = await staff('admin@outpost.example', 'Alex Admin', 'ADMIN');
        const agent = await staff('agent@outpost.example', 'Sam Agent', 'AGENT');
        await tx.groupMember.create({ data: { groupId: serviceDesk.id, userId: agent.id } });

        const acme = await tx.organization.create({
          data: {
            name: 'Acme Industries',
            kind: 'CUSTOMER',
            portalId: mainPortal.id,
            domains: { create: [{ domain: 'acme.example', kind: 'PRIMARY' }] },
          },
        });
        const globex = await tx.organization.create({
          data: {
            name: 'Globex Corporation',
            kind: 'CUSTOMER',
            portalId: isolatedPortal.id,
            domains: { create: [{ domain: 'globex.example', kind: 'PRIMARY' }] },
          },
        });
        const initech = await tx.organization.create({
          data: {
            name: 'Initech Partners',
            kind: 'PARTNER',
            portalId: mainPortal.id,
            domains: { create: [{ domain: 'initech.example', kind: 'PRIMARY' }] },
          },
        });
        for (const portal of [mainPortal, isolatedPortal]) {
          for (const [platform, title, fileName, contentType, text] of VPN_CONFIGURATIONS) {
            const content = Buffer.from(text);
            const d = await tx.download.create({
              data: {
                portalId: portal.id,
                platform,
                title: `VPN configuration (${title})`,
                fileName,
                contentType,
                size: content.length,
                sha256: createHash('sha256').update(content).digest('hex'),
                createdById: admin.id,
              },
            });
            // One chunk: each configuration is far below the 256 KiB chunk size.
            await tx.fileChunk.create({ data: { fileId: d.id, seq: 0, data: new Uint8Array(content) } });
          }
        }
        const site = (organizationId: string, name: string, abbreviation: string) =>
          tx.site.create({ data: { organizationId, name, abbreviation, address: `${name}, 1 Demo Street` } });
        const acmeHq = await site(acme.id, 'Acme Headquarters', 'ACME-HQ');
        const acmeLab = await site(acme.id, 'Acme Lab', 'ACME-LAB');
        const glxNorth = await site(globex.id, 'Globex North', 'GLX-NORTH');
        const glxSouth = await site(globex.id, 'Globex South', 'GLX-SOUTH');
        const link = await tx.partnerLink.create({
          data: {
            partnerOrganizationId: initech.id,
            organizationId: acme.id,
            consentedByName: 'Ada Approver',
            consentedByEmail: 'approver@acme.example',
            consentedAt: verified,
            requestedByName: 'Ada Approver',
            requestedByEmail: 'approver@acme.example',
          },
        });
        await tx.organizationDomain.create({
          data: { organizationId: acme.id, domain: 'initech.example', kind: 'ASSOCIATED', partnerLinkId: link.id },
        });

        const member = async (
          email: string,
          name: string,
          orgId: string,
          roles: PortalRole[],
          homeSiteId: string | null,
          department: string | null = null,
        ) => {
          const u = await tx.user.create({
            data: { email, name, passwordHash, emailVerifiedAt: verified, defaultOrganizationId: orgId },
          });
          await tx.membership.create({ data: { userId: u.id, organizationId: orgId, roles, homeSiteId, department } });
          return u;
        };
        const acmeUser = await member('user@acme.example', 'Uma User', acme.id, ['PORTAL_USER'], acmeHq.id, 'Finance');
        const acmePlus = await member('plus@acme.example', 'Pat Plus', acme.id, ['PORTAL_USER_PLUS'], acmeHq.id);
        const acmeApprover = await member(
          'approver@acme.example',
          'Ada Approver',
          acme.id,
          ['CUSTOMER_APPROVER'],
          acmeHq.id,
        );
        // Ada is Acme's permission contact, and asked for the partner link.
        await tx.permissionContact.create({ data: { organizationId: acme.id, userId: acmeApprover.id } });
        await tx.partnerLink.update({ where: { id: link.id }, data: { requestedByUserId: acmeApprover.id } });
        await member('changes@acme.example', 'Chris Changes', acme.id, ['CHANGE_MANAGER'], acmeHq.id);
        await member('controller@acme.example', 'Cleo Controller', acme.id, ['CONTROLLER'], acmeHq.id);
        const glxUser = await member(
          'user@globex.example',
          'Gus User',
          globex.id,
          ['PORTAL_USER'],
          glxNorth.id,
          'Operations',
        );
        await member('approver@globex.example', 'Gia Approver', globex.id, ['CUSTOMER_APPROVER'], glxNorth.id);
        const partner = await member('partner@initech.example', 'Pia Partner', initech.id, ['PORTAL_USER'], null);
        await tx.membership.create({
          data: { userId: partner.id, organizationId: acme.id, roles: ['PORTAL_USER'], partnerLinkId: link.id },
        });

        const ci = (
          organizationId: string,
          siteId: string | null,
          name: string,
          type: string,
          serial: string,
          department: string | null = null,
        ) => tx.ci.create({ data: { organizationId, siteId, name, type, serial, department } });
        const acmeFw = await ci(acme.id, acmeHq.id, 'HQ Firewall', 'Firewall', 'FW-1001', 'IT');
        const acmePrinter = await ci(acme.id, acmeHq.id, 'Finance Printer', 'Printer', 'PR-2002', 'Finance');
        await ci(acme.id, acmeLab.id, 'Lab Server', 'Server', 'SRV-3003', 'R&D');
        await ci(acme.id, null, 'Spare Laptop', 'Laptop', 'LT-4004');
        const glxSwitch = await ci(globex.id, glxNorth.id, 'North Core Switch', 'Switch', 'SW-5005', 'Operations');
        await ci(globex.id, glxSouth.id, 'South Core Switch', 'Switch', 'SW-6006', 'Operations');

        const today = new Date();
        const nextYear = new Date(today.getTime() + 365 * 86400000);
        const sla = (organizationId: string) => ({
          create: [
            { organizationId, priority: 'CRITICAL' as const, responseMinutes: 30, resolutionMinutes: 240 },
            { organizationId, priority: 'HIGH' as const, responseMinutes: 60, resolutionMinutes: 480 },
            { organizationId, priority: 'MEDIUM' as const, responseMinutes: 240, resolutionMinutes: 1440 },
            { organizationId, priority: 'LOW' as const, responseMinutes: 480, resolutionMinutes: 4320 },
          ],
        });
        const acmeSupport = await tx.contract.create({
          data: {
            organizationId: acme.id,
            siteId: acmeHq.id,
            number: 'SC-ACME-001',
            name: 'Acme HQ support',
            kind: 'SUPPORT',
            direction: 'SOLD',
            startsOn: today,
            endsOn: nextYear,
            slaTargets: sla(acme.id),
            cis: {
              create: [
                { ciId: acmeFw.id, organizationId: acme.id },
                { ciId: acmePrinter.id, organizationId: acme.id },
              ],
            },
          },
        });
        await tx.contract.create({
          data: {
            organizationId: acme.id,
            siteId: acmeHq.id,
            number: 'PC-VENDOR-001',
            name: 'Firewall vendor maintenance',
            kind: 'SERVICE',
            direction: 'PURCHASED',
            supplier: 'Firewall Vendor Ltd',
            startsOn: today,
            endsOn: nextYear,
            cis: { create: [{ ciId: acmeFw.id, organizationId: acme.id }] },
          },
        });
        await tx.contract.create({
          data: {
            organizationId: globex.id,
            siteId: glxNorth.id,
            number: 'LC-GLX-001',
            name: 'Globex North switch lease',
            kind: 'LEASE',
            direction: 'SOLD',
            startsOn: today,
            endsOn: nextYear,
            slaTargets: sla(globex.id),
            cis: { create: [{ ciId: glxSwitch.id, organizationId: globex.id }] },
          },
        });
        await tx.invoice.create({
          data: {
            organizationId: acme.id,
            contractId: acmeSupport.id,
            number: 'INV-2026-0001',
            issuedOn: today,
            amountCents: 125000,
          },
        });

        const ticket = async (
          organizationId: string,
          siteId: string | null,
          requesterId: string,
          subject: string,
          type: 'INCIDENT' | 'SERVICE_REQUEST' | 'CHANGE' | 'QUESTION',
          priority: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL',
        ) => {
          const t = await tx.ticket.create({
            data: {
              organizationId,
              siteId,
              requesterId,
              subject,
              description: `${subject} (demo)`,
              type,
              priority,
              groupId: serviceDesk.id,
            },
          });
          await writeTicketHistory(tx, t, requesterId, 'created', null, { subject, type, priority });
          return t;
        };
        await ticket(acme.id, acmeHq.id, acmeUser.id, 'Printer on floor 2 jams', 'INCIDENT', 'MEDIUM');
        await ticket(acme.id, acmeHq.id, acmePlus.id, 'New laptop for starter', 'SERVICE_REQUEST', 'LOW');
        await ticket(acme.id, acmeLab.id, acmePlus.id, 'Lab server upgrade', 'CHANGE', 'HIGH');
        await ticket(acme.id, null, partner.id, 'VPN question', 'QUESTION', 'LOW');
        await ticket(globex.id, glxNorth.id, glxUser.id, 'North switch port down', 'INCIDENT', 'HIGH');
        await ticket(globex.id, glxSouth.id, glxUser.id, 'South office access point', 'SERVICE_REQUEST', 'MEDIUM');
      },
      { timeout: 120_000, maxWait: 30_000 },
    ); // a loaded machine: the default 5 s is not enough for the whole demo
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}
