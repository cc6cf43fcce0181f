package io.profileflow.extract.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.DocumentTooLargeException;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.UnreadableDocumentException;
import io.profileflow.extract.UnsupportedContentException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a document into text (or, for a JSON Resume, a structured draft). Uses the declared content
 * type, or sniffs it (magic bytes, Tika's detector, file name) when none is given. Every failure is a
 * normalize-stage {@link ExtractionException} with a message that says what was wrong.
 */
public final class DocumentReader {
    /** Extracted text beyond this many characters is cut, with a warning. */
    public static final int MAX_TEXT_CHARS = TikaTextReader.MAX_CHARS;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final TikaTextReader tika = new TikaTextReader();
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PlainTextDecoder decoder = new PlainTextDecoder();
    private final JsonResumeMapper jsonResume = new JsonResumeMapper();
    private final ObjectMapper json = new ObjectMapper();

    public ReadResult read(DocumentInput doc, long maxBytes) throws ExtractionException {
        byte[] bytes = doc.content();
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("document is empty (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            throw new DocumentTooLargeException(bytes.length, maxBytes);
        }
        String type = baseType(doc.contentType());
        if (type.isEmpty() || type.equals("application/octet-stream")) {
            type = sniff(bytes, doc.source());
        }
        return switch (type) {
            // message/rfc822: what detection calls a text that starts with "From: ..." (a CV pasted into an email).
            case "text/plain", "text/markdown", "text/x-markdown", "text/x-web-markdown", "text/md", "message/rfc822",
                 "application/x-tex", "application/x-latex", "text/x-tex", "text/x-latex", "text/x-org",
                 "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> {
                String text = decoder.decode(bytes, "text document");
                boolean truncated = text.length() > MAX_TEXT_CHARS;
                if (truncated) {
                    text = text.substring(0, MAX_TEXT_CHARS);
                }
                if (LatexSource.isLatex(text)) {
                    // a resume sent as its LaTeX source: the entry macros become role lines
                    yield new ReadResult("latex", LatexSource.toText(text), null, truncated);
                }
                if (OrgSource.isOrg(text)) {
                    yield new ReadResult("org", OrgSource.toText(text), null, truncated);
                }
                if (YamlSource.isYaml(text)) {
                    yield new ReadResult("yaml", YamlSource.toText(text), null, truncated);
                }
                yield new ReadResult(type.startsWith("text/") && !type.equals("text/plain") ? "markdown" : "text",
                        text, null, truncated);
            }
            case "application/json", "text/json", "application/x-json", "application/ld+json", "application/jsonresume",
                 "application/x-jsonresume", "application/vnd.jsonresume+json" -> readJson(bytes);
            case "text/html", "application/xhtml+xml" -> {
                decoder.requireNotBinary(bytes, "HTML document");
                yield viaTika(bytes, type, "HTML");
            }
            case "application/pdf", "application/x-pdf" -> {
                if (!startsWith(bytes, "%PDF")) {
                    throw new UnreadableDocumentException("the PDF document is malformed: it does not start with %PDF");
                }
                yield readPdf(bytes);
            }
            case DOCX, "application/msword", "application/vnd.ms-word" -> {
                if (type.equals(DOCX) && !startsWith(bytes, "PK")) {
                    throw new UnreadableDocumentException("the DOCX document is malformed: it is not a ZIP container");
                }
                yield viaTika(bytes, type, type.equals(DOCX) ? "DOCX" : "Word");
            }
            default -> throw new UnsupportedContentException("content type '" + type + "' is not supported (supported: "
                    + "text/plain, text/markdown, text/html, application/pdf, DOCX, JSON Resume, LaTeX, YAML, org-mode)");
        };
    }

    private ReadResult viaTika(byte[] bytes, String type, String name) throws UnreadableDocumentException {
        TikaTextReader.Text t = tika.read(bytes, type, name);
        return new ReadResult(name.toLowerCase(Locale.ROOT), t.text(), null, t.truncated());
    }

    /**
     * A PDF cut short (no %%EOF at its end) is named so: when the parser fails on it, and when its lenient
     * recovery finds no text at all. A cut PDF whose text could be recovered is read. A PDF without any text
     * (a scan) is refused: there is nothing to extract without OCR.
     */
    private ReadResult readPdf(byte[] bytes) throws UnreadableDocumentException {
        boolean complete = endsWithEofMarker(bytes);
        ReadResult read;
        try {
            read = viaTika(bytes, "application/pdf", "PDF");
        } catch (UnreadableDocumentException e) {
            if (complete) {
                throw e;
            }
            throw new UnreadableDocumentException("the PDF document is truncated (it does not end with %%EOF): "
                    + e.getMessage(), e);
        }
        if (read.text().isBlank()) {
            // Dead-lettered with the reason, so a team can route scans to an OCR service and send the text back.
            throw new UnreadableDocumentException(complete
                    ? "the PDF document has no text layer (a scanned image?); OCR is not supported"
                    : "the PDF document is truncated (it does not end with %%EOF) and no text could be recovered from it");
        }
        return read;
    }

    private ReadResult readJson(byte[] bytes) throws ExtractionException {
        String text = decoder.decode(bytes, "JSON document");
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableDocumentException("JSON document is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (JsonResumeMapper.isJsonResume(root)) {
            return new ReadResult("json-resume", text, jsonResume.map(root), false);
        }
        // An ATS or HR export: its person and role arrays recast as a JSON Resume.
        JsonNode recast = ProfileJsonShapes.asJsonResume(root);
        if (recast == null) {
            throw new UnsupportedContentException("JSON document is not a JSON Resume (expected a 'basics' object or a"
                    + " 'work' array, see https://jsonresume.org/schema) and holds no person or role array of a"
                    + " profile export");
        }
        return new ReadResult("json-profile", text, jsonResume.map(recast), false);
    }

    /** The MIME type without parameters, lower case: "Text/HTML; charset=utf-8" -> "text/html". */
    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    private String sniff(byte[] bytes, String source) throws UnreadableDocumentException {
        if (startsWith(bytes, "%PDF")) {
            return "application/pdf";
        }
        String lowerSource = source == null ? "" : source.toLowerCase(Locale.ROOT);
        if (!startsWith(bytes, "PK")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8).stripLeading()
                    .toLowerCase(Locale.ROOT);
            if (head.startsWith("\ufeff")) {
                head = head.substring(1).stripLeading();
            }
            if (head.startsWith("{") || lowerSource.endsWith(".json")) {
                return "application/json";
            }
            if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                    || head.startsWith("<") && head.contains("<head")) {
                return "text/html";
            }
            if (lowerSource.endsWith(".md") || lowerSource.endsWith(".markdown")) {
                return "text/markdown";
            }
        }
        Metadata metadata = new Metadata();
        if (source != null && !source.isEmpty()) {
            int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.substring(slash + 1));
        }
        try (InputStream in = TikaInputStream.get(bytes)) {
            String detected = detector.detect(in, metadata).getBaseType().toString();
            if (detected.startsWith("text/") && !detected.equals("text/html")) {
                return detected.equals("text/markdown") || detected.equals("text/x-web-markdown") ? "text/markdown"
                        : "text/plain";
            }
            // Unknown bytes are tried as text: the decoder says clearly when they are binary.
            return detected.equals("application/octet-stream") ? "text/plain" : detected;
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot detect the document type: " + e.getMessage(), e);
        }
    }

    /** Whether "%%EOF" stands in the last 1 KiB, where every complete PDF (incremental updates too) has it. */
    private static boolean endsWithEofMarker(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - 1024); i--) {
            if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
