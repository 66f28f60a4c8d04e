package org.shipshape.logic.settings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.model.settings.Logo;
import org.shipshape.model.settings.Organisation;

/**
 * What the organisation's fields must look like, checked where they are typed (each check returns the message for
 * its field, or empty) and again before saving. Empty optional fields are fine.
 */
public final class OrganisationRules {
    /** Something, an @, something with a dot: the shape every address has; whether it exists only mail can tell. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** EU and UK EORI numbers: the issuing country's two letters, then up to 15 letters and digits. */
    private static final Pattern EORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{1,15}");
    /** UK (GB) and Northern Ireland (XI) numbers are the letters and 12 digits. */
    private static final Pattern UK_EORI = Pattern.compile("(GB|XI)[0-9]{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private OrganisationRules() {
    }

    public static Optional<Message> name(String value) {
        return blank(value) ? Optional.of(Message.of("settings.required.name")) : Optional.empty();
    }

    public static Optional<Message> address(String value) {
        return blank(value) ? Optional.of(Message.of("settings.required.address")) : Optional.empty();
    }

    public static Optional<Message> email(String value) {
        return blank(value) || EMAIL.matcher(value.trim()).matches() ? Optional.empty()
                : Optional.of(Message.of("settings.invalid.email", value.trim()));
    }

    public static Optional<Message> phone(String value) {
        return blank(value) || PHONE.matcher(value.trim()).matches() ? Optional.empty()
                : Optional.of(Message.of("settings.invalid.phone", value.trim()));
    }

    /** The EORI as stored: capitals, no spaces (people copy it with spaces from letters). */
    public static String normaliseEori(String value) {
        return value == null ? "" : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<Message> eori(String value) {
        String eori = normaliseEori(value);
        if (eori.isEmpty()) {
            return Optional.empty();
        }
        boolean uk = eori.startsWith("GB") || eori.startsWith("XI");
        boolean fits = uk ? UK_EORI.matcher(eori).matches() : EORI.matcher(eori).matches();
        if (fits && !uk && !COUNTRIES.contains(eori.substring(0, 2))) {
            fits = false;
        }
        return fits ? Optional.empty() : Optional.of(Message.of(uk ? "settings.invalid.eoriUk" : "settings.invalid.eori",
                value.trim()));
    }

    /** A country field: empty, or an ISO 3166 two-letter code. */
    public static Optional<Message> country(String field, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        return code.length() == 2 && COUNTRIES.contains(code) ? Optional.empty()
                : Optional.of(Message.of("settings.invalid.country", Message.of("settings.field." + field),
                        value.trim()));
    }

    public static Optional<Message> currency(String value) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z]{3}")) {
            try {
                Currency.getInstance(code);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                // not an ISO 4217 code: reported below
            }
        }
        return Optional.of(Message.of("settings.invalid.currency", value == null ? "" : value.trim()));
    }

    /** The weight limit per package: more than 0 and at most 1,000 kg (a pallet is a different matter). */
    public static Optional<Message> maxPackageKg(BigDecimal kg) {
        return kg != null && kg.signum() > 0 && kg.compareTo(BigDecimal.valueOf(1000)) <= 0 ? Optional.empty()
                : Optional.of(Message.of("settings.invalid.maxPackageKg"));
    }

    /** The usable share of a container's volume: from 30 % (a very awkward load) to 100 %. */
    public static Optional<Message> usableShare(BigDecimal share) {
        return share != null && share.compareTo(new BigDecimal("0.30")) >= 0 && share.compareTo(BigDecimal.ONE) <= 0
                ? Optional.empty() : Optional.of(Message.of("settings.invalid.usableShare"));
    }

    /**
     * Every problem of the organisation, one message per field.
     *
     * @param identityRequired true where name and address must be given (saving the settings form)
     */
    public static List<Message> problems(Organisation o, boolean identityRequired) {
        List<Message> problems = new ArrayList<>();
        if (identityRequired) {
            name(o.name()).ifPresent(problems::add);
            address(o.address()).ifPresent(problems::add);
        }
        country("country", o.country()).ifPresent(problems::add);
        eori(o.eori()).ifPresent(problems::add);
        phone(o.phone()).ifPresent(problems::add);
        email(o.email()).ifPresent(problems::add);
        currency(o.defaultCurrency()).ifPresent(problems::add);
        country("countryOfOrigin", o.countryOfOrigin()).ifPresent(problems::add);
        return problems;
    }

    /**
     * Reads a logo file: a PNG or JPEG image (by its content, not its name) of at most 2 MB that can be decoded.
     *
     * @throws UserInputException naming the file and what to choose instead
     */
    public static Logo readLogo(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Logo.MAX_BYTES) {
                throw new UserInputException(tooLarge(name, size));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException(Message.of("settings.logo.missing", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the logo " + file, e);
        }
        return logo(name, bytes);
    }

    /** Checks the bytes of a logo named {@code name} (for the message) and returns it. */
    public static Logo logo(String name, byte[] bytes) {
        if (bytes.length > Logo.MAX_BYTES) {
            throw new UserInputException(tooLarge(name, bytes.length));
        }
        Logo.Type type = typeOf(bytes).orElseThrow(() -> new UserInputException(
                Message.of("settings.logo.notImage", name)));
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new UserInputException(Message.of("settings.logo.unreadable", name));
        }
        return new Logo(bytes, type);
    }

    private static Message tooLarge(String name, long size) {
        return Message.of("settings.logo.tooLarge", name, BigDecimal.valueOf(size).divide(
                BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.UP));
    }

    static Optional<Logo.Type> typeOf(byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return Optional.of(Logo.Type.PNG);
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of(Logo.Type.JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
