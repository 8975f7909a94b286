-- Whose statement a stored statement is: the group's consolidated one (every statement stored before this
-- migration, and the default) or the parent company's own (Chinese annual reports print both, 合并 and 母公司).
-- Fact lookups read consolidated statements only, so the two are never mixed.
ALTER TABLE statements ADD COLUMN scope VARCHAR(20) DEFAULT 'CONSOLIDATED' NOT NULL;

-- Other names a question may use for a document's company: a Chinese report's 简称 (short name) and stock codes.
CREATE TABLE document_aliases (
    document_sha VARCHAR(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    alias        VARCHAR(500) NOT NULL,
    PRIMARY KEY (document_sha, seq)
);
