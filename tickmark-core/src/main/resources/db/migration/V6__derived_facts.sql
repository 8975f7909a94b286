-- A derived fact is one no statement prints but that follows from printed lines by an accounting identity
-- (total equity = total liabilities and equity - total liabilities, where only the parts are printed). Its tick
-- mark is the formula with each ticked input; NULL for every printed fact, including all facts stored before.
ALTER TABLE facts ADD COLUMN formula VARCHAR;
