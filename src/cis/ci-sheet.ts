import PDFDocument from 'pdfkit';
import type { CiDetailDto } from './dto/ci.dto.js';

export interface CiSheetContext {
  organizationName: string;
  siteName: string | null;
  /** When the sheet was made, in the reader's time zone (src/sla/format-instant.ts). */
  printedAt: string;
}

/**
 * The printable CI sheet (SPEC §3 "CIs"): the CI's data and each covering contract the caller may
 * see, marked sold or purchased. Built in memory (a sheet is one page or two). Streams are not
 * compressed, so the text can be checked in tests and by simple tools.
 */
export function renderCiSheet(ci: CiDetailDto, ctx: CiSheetContext): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      compress: false,
      info: { Title: `CI sheet ${ci.name}`, Author: 'Outpost' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(18).text(`CI sheet: ${ci.name}`);
    doc.moveDown();
    const field = (label: string, value: string) => {
      doc.font('Helvetica-Bold').fontSize(11).text(`${label}: `, { continued: true });
      doc.font('Helvetica').text(value);
    };
    field('Type', ci.type);
    field('Serial', ci.serial ?? '-');
    field('Status', ci.status);
    field('Organization', ctx.organizationName);
    field('Site', ctx.siteName ?? 'without site');
    field('Department', ci.department ?? '-');
    field('CI id', ci.id);
    field('Printed', ctx.printedAt);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text('Covering contracts');
    doc.moveDown(0.5);
    if (ci.contracts.length === 0) doc.font('Helvetica').fontSize(11).text('No covering contract.');
    for (const k of ci.contracts) {
      const period = `${k.startsOn} to ${k.endsOn ?? 'open end'}`;
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(`${k.number} ${k.name} - ${k.kind} - ${k.direction === 'SOLD' ? 'SOLD' : 'PURCHASED'} - ${period}`);
    }
    doc.end();
  });
}
