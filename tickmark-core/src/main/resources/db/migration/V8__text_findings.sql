-- What the text scan (going-concern doubt, an opinion other than unqualified, material weakness) found in a
-- stored document's text, written in the same transaction as its spread, so a credit memo of stored reports
-- never reads their files again.
-- A text_scans row says the text WAS scanned; its findings (none when nothing was found) are in text_findings.
-- A document without a text_scans row was never scanned (stored before this migration, or saved without its text).

CREATE TABLE text_scans (
    document_sha VARCHAR(64) PRIMARY KEY REFERENCES documents (sha256) ON DELETE CASCADE,
    scanned_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE text_findings (
    document_sha VARCHAR(64) NOT NULL REFERENCES text_scans (document_sha) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    kind         VARCHAR(200) NOT NULL,
    file_name    VARCHAR NOT NULL,
    page         INTEGER NOT NULL,
    excerpt      VARCHAR NOT NULL,
    severe       BOOLEAN NOT NULL,
    PRIMARY KEY (document_sha, seq)
);
