package io.tickmark.app;

import io.tickmark.spread.Spreader;
import io.tickmark.taxonomy.Taxonomy;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --taxonomy FILE}: spread into a bank's own chart of accounts instead of the standard one. */
final class TaxonomyOption {
    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "Chart of accounts to map into: a CSV laid out like the standard one "
                    + "(default: the standard taxonomy shipped with Tickmark).")
    Path taxonomy;

    /** The spreader over the chosen taxonomy; a file that cannot be read ends the command with one line. */
    Spreader spreader() {
        if (taxonomy == null) return Spreader.standard();
        try {
            return new Spreader(Taxonomy.load(taxonomy));
        } catch (IOException e) {
            throw new UserError("taxonomy " + taxonomy + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
