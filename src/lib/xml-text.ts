// Text inside an XML element (sitemap.xml, a DOCX part): the three characters that would end it.
export const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
