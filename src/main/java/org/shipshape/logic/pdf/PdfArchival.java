package org.shipshape.logic.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b, the archival form customs offices and archives keep for years: an embedded sRGB
 * output intent (so colours mean the same in twenty years), XMP metadata that matches the document information
 * (title, producer, dates, PDF/A part and conformance), and the document's language. The fonts are already
 * embedded by {@link PdfFonts}; transparency (the DRAFT watermark) is allowed in PDF/A-2.
 */
public final class PdfArchival {
    static final String PRODUCER = "Shipshape";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** Java's built-in sRGB profile, read once: every document embeds it. */
    private static volatile byte[] srgbProfile;

    private PdfArchival() {
    }

    /**
     * Sets the document information, the XMP metadata, the language and the output intent.
     *
     * @param languages BCP 47 codes of the languages the text is in, the main one first (such as "en", "fr")
     * @param created   the document's own date, also used as its modification date (same content, same file)
     */
    public static void makePdfA2b(PDDocument document, String title, List<String> languages, Calendar created)
            throws IOException {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A PDF/A document names at least one language");
        }
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setProducer(PRODUCER);
        information.setCreator(PRODUCER);
        information.setCreationDate(created);
        information.setModificationDate(created);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(languages.get(0));
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, languages, created));
        catalog.setMetadata(metadata);

        if (catalog.getOutputIntents().isEmpty()) {
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb()));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
    }

    /**
     * Does once, ahead, what the first archival document does when it is saved: loads the XML serializer for the
     * XMP metadata (about 300 classes), reads the sRGB profile and writes a one-page PDF/A to nowhere. Run while the
     * data is read, so the documents' own threads find all of it ready.
     */
    public static void prepare() {
        try (PDDocument rehearsal = new PDDocument()) {
            rehearsal.addPage(new PDPage());
            makePdfA2b(rehearsal, PRODUCER, List.of("en"), Calendar.getInstance());
            rehearsal.save(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the PDF/A writing", e);
        }
    }

    private static byte[] xmp(String title, List<String> languages, Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level B is a valid value", e);
        }
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(PRODUCER);
        languages.forEach(dublinCore::addLanguage);
        dublinCore.setFormat("application/pdf");
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("Could not write the document's XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static byte[] srgb() {
        byte[] profile = srgbProfile;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgbProfile = profile;
        }
        return profile;
    }
}
