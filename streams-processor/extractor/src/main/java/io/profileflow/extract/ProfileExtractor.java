package io.profileflow.extract;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.contact.PiiRedactor;
import io.profileflow.extract.model.ProfileDraft;
import io.profileflow.extract.read.DocumentReader;
import io.profileflow.extract.read.ReadResult;
import io.profileflow.extract.skills.SkillMatcher;
import io.profileflow.extract.skills.SkillTaxonomy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The extraction engine: one raw document in, one {@link ParsedProfile} out. Build it once and reuse it for every
 * document; it is thread-safe (all state of one extraction lives on the stack of the calling thread).
 *
 * <p>Stages: read (decode or parse the format) -> normalize text -> restore line structure -> sections -> roles,
 * name, contact -> skills -> metrics -> PII rule -> records. A per-document time budget is checked between stages
 * and inside per-line loops. A document with no recognizable profile gives a profile with warnings; only
 * unreadable input (normalize stage) and budget or internal failures (extract stage) throw.
 */
public final class ProfileExtractor {
    /** Written to every profile as extractorVersion and part of the revision hash. */
    public static final String VERSION = "1.0.0";

    private final ExtractorSettings settings;
    private final DocumentReader reader = new DocumentReader();
    private final TextProfileParser textParser = new TextProfileParser();
    private final ProfileAssembler assembler;
    private final PiiRedactor pii;
    private final SkillTaxonomy taxonomy;

    public ProfileExtractor(ExtractorSettings settings) {
        this(settings, ClauseMetrics.standard());
    }

    /** With another metric extractor, e.g. a stub in tests. */
    public ProfileExtractor(ExtractorSettings settings, ClauseMetrics metrics) {
        this.settings = settings;
        this.taxonomy = settings.taxonomyPath() == null ? SkillTaxonomy.bundled()
                : SkillTaxonomy.load(settings.taxonomyPath());
        this.assembler = new ProfileAssembler(new SkillMatcher(taxonomy), metrics);
        this.pii = new PiiRedactor(settings.piiMode(), settings.piiHashKey());
    }

    /** The taxonomy in use (the HTTP API canonicalizes skill names through it). */
    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    public ParsedProfile extract(DocumentInput doc) throws ExtractionException {
        Deadline deadline = Deadline.after(settings.timeBudget());
        try {
            ReadResult read = reader.read(doc, settings.maxDocumentBytes());
            deadline.check("reading the document");
            ProfileDraft draft;
            if (read.structured() != null) {
                draft = read.structured();
                RoleText.collect(draft);
            } else {
                draft = textParser.parse(read.text(), deadline);
            }
            if (read.truncated()) {
                draft.warn("text truncated: only the first " + DocumentReader.MAX_TEXT_CHARS + " characters were read");
            }
            String sha = sha256Hex(doc.content());
            String profileId = doc.metadata().getOrDefault("profileId", "");
            ProfileAssembler.Stamp stamp = new ProfileAssembler.Stamp(
                    profileId.isBlank() ? doc.documentId() : profileId, doc.documentId(),
                    revision(sha, settings.piiMode()), sha, doc.receivedAtMillis());
            return assembler.assemble(draft, stamp, pii, deadline);
        } catch (Deadline.Exceeded e) {
            throw e.toChecked();
        } catch (ExtractionException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ExtractionException(ExtractionException.EXTRACT, "internal error while extracting document '"
                    + doc.documentId() + "': " + e, e);
        }
    }

    /** First 16 hex chars of SHA-256(contentSha256 + VERSION + piiMode): equal input, equal revision. */
    static String revision(String contentSha256, PiiMode mode) {
        return sha256Hex((contentSha256 + VERSION + mode.wireName()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
