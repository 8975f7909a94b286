-- Where a fact stands, for the reviewer's eye: the printed value's rectangle on its PDF page (points from the
-- top-left corner; NULL for documents without pages of their own) and, for HTML, workbooks and CSV, the anchor
-- of the element or cell it came from (NULL for PDFs). Facts stored before this migration have neither.
ALTER TABLE facts ADD COLUMN box_x0 REAL;
ALTER TABLE facts ADD COLUMN box_top REAL;
ALTER TABLE facts ADD COLUMN box_x1 REAL;
ALTER TABLE facts ADD COLUMN box_bottom REAL;
ALTER TABLE facts ADD COLUMN anchor VARCHAR;
