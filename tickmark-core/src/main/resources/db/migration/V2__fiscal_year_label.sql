-- The fiscal year a report calls its own period ("fiscal 2024" for a year ended February 2, 2025),
-- where the report names it; NULL when it does not (then the year the period ends in is used).
ALTER TABLE documents ADD COLUMN fiscal_year INTEGER;
