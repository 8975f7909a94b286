-- Where a stored document's file was read from when it was ingested (an absolute path), so that the search
-- index, which is derived data, can be rebuilt from the store. NULL for documents stored before this migration
-- or from a stream; a later ingest of the same file records it.
ALTER TABLE documents ADD COLUMN source_path VARCHAR;
