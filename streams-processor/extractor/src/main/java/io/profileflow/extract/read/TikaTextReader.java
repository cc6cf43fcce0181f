package io.profileflow.extract.read;

import io.profileflow.extract.UnreadableDocumentException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads HTML, PDF and DOCX through Apache Tika's parsers into structure-keeping text. Embedded documents
 * (images, attachments) are not parsed; Tika's SecureContentHandler limits (applied by AutoDetectParser) guard against zip bombs and the
 * text is capped at {@link #MAX_CHARS}. Thread-safe: the parser is stateless, state lives in the handler.
 */
final class TikaTextReader {
    /** Text beyond this is cut (with a warning): no real profile is this long. */
    static final int MAX_CHARS = 5_000_000;

    private final AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
    /**
     * HTML comes with its type already known (declared or sniffed by DocumentReader): the parser chosen by that
     * type, without AutoDetectParser's magic-byte detection, which cost as much as parsing a small page. The
     * zip-bomb guards of AutoDetectParser are for containers (PDF, DOCX), which keep going through it.
     */
    private final Parser byDeclaredType = new PrecomputedParsers((CompositeParser) TikaConfig.getDefaultConfig().getParser(),
            newContext());

    /** The text of the document and whether it was truncated. */
    record Text(String text, boolean truncated) {
    }

    Text read(byte[] bytes, String mimeType, String formatName) throws UnreadableDocumentException {
        StructureKeepingHandler handler = new StructureKeepingHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mimeType);
        ParseContext context = newContext();
        try (InputStream in = TikaInputStream.get(bytes)) {
            (isHtml(mimeType) ? byDeclaredType : parser).parse(in, handler, metadata, context);
        } catch (StructureKeepingHandler.LimitReached e) {
            return new Text(handler.text(), true);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("the " + formatName + " document is encrypted", e);
        } catch (ZeroByteFileException e) {
            throw new UnreadableDocumentException("the " + formatName + " document is empty", e);
        } catch (TikaException e) {
            String why = rootMessage(e);
            if (why.toLowerCase().contains("zip bomb") || why.contains("SecureContentHandler")) {
                throw new UnreadableDocumentException("the " + formatName + " document looks like a zip bomb: " + why, e);
            }
            throw new UnreadableDocumentException("cannot parse the " + formatName + " document: " + why, e);
        } catch (SAXException e) {
            if (e.getCause() instanceof StructureKeepingHandler.LimitReached) {
                return new Text(handler.text(), true);
            }
            throw new UnreadableDocumentException("cannot parse the " + formatName + " document: " + rootMessage(e), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("cannot read the " + formatName + " document: " + rootMessage(e), e);
        }
        return new Text(handler.text(), false);
    }

    private static ParseContext newContext() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        // No OCR: no OCR engine is installed, and with the default strategy a PDF page without a text layer made
        // the parser reach for the missing one and fail with a NullPointerException instead of giving no text.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static boolean isHtml(String mimeType) {
        return mimeType.equals("text/html") || mimeType.equals("application/xhtml+xml");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /**
     * The default composite parser with its media-type-to-parser map computed once. DefaultParser rebuilds that
     * map (asking every bundled parser for its types) on each parse, which cost about a tenth of parsing a small
     * HTML page; the map does not change between documents. Choosing the parser and calling it is inherited.
     */
    private static final class PrecomputedParsers extends CompositeParser {
        private final Map<MediaType, Parser> byType;

        PrecomputedParsers(CompositeParser all, ParseContext context) {
            super(all.getMediaTypeRegistry(), List.of());
            setFallback(all.getFallback());
            byType = Map.copyOf(all.getParsers(context));
        }

        @Override
        public Map<MediaType, Parser> getParsers(ParseContext context) {
            return byType;
        }
    }

    /** Attachments and images inside a document are not part of the profile. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
