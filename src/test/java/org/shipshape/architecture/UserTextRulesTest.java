package org.shipshape.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logic never builds a sentence for the user (issue 15, docs/decisions/0007): it returns and throws
 * {@code model.common.Message}s (a catalogue key and typed arguments) that the window and the command line render in
 * the user's language. A class breaks the rule when it
 * <ul>
 *   <li>throws a {@code UserInputException} made of a String, or wraps a sentence with {@code Message.untranslated};
 *   <li>reports progress with a String ({@code Progress.update(done, total, text)});
 *   <li>creates one of our own exceptions with a String message in logic (the message reaches the user);
 *   <li>holds or returns text under a name that says it is for the user ({@code String refusal},
 *       {@code List<String> problems}, {@code warning()}, ...), in model or logic.
 * </ul>
 * None does any more (the transitional String APIs of {@code UserInputException}, {@code Progress} and
 * {@code Message} are gone, so the first three are now refused by the compiler too); a class listed as an exception
 * must still need it (the second test says which).
 */
class UserTextRulesTest {
    /**
     * Classes still building English sentences for the user, by top-level class name, with the reason. Empty since
     * issue 15 was finished; a class may only be added with a reason a reviewer accepts.
     */
    static final Map<String, String> STILL_BUILDING_SENTENCES = new TreeMap<>();

    /**
     * Members whose name sounds like a sentence but that hold something else, and exceptions whose message never
     * reaches the user, by full name, with the reason.
     */
    static final Map<String, String> NOT_FOR_THE_USER = Map.of(
            "org.shipshape.model.customs.DestinationRule.message", "the organisation's own text for the rule, kept"
                    + " and edited as data in the destination_rule table and shown as written",
            "org.shipshape.model.customs.DestinationRule.message()", "see DestinationRule.message",
            "org.shipshape.logic.planning.LoadPlanner$PlanningInterruptedException", "caught inside"
                    + " ShipmentPlanService, which reports the plan as cancelled; the text only goes to the log");

    /** Names under which text is meant for the user. */
    private static final Set<String> SENTENCE_NAMES = Set.of("refusal", "reason", "problem", "problems", "warning",
            "warnings", "error", "errors", "message", "messages", "violation", "violations", "explanation", "fix");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shipshape.logic", "org.shipshape.model");
    }

    private static final ArchRule LOGIC_BUILDS_NO_SENTENCES = classes()
            .that().resideInAnyPackage("org.shipshape.logic..", "org.shipshape.model..")
            .should(new ArchCondition<JavaClass>("hand out messages, not sentences, unless listed") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    if (STILL_BUILDING_SENTENCES.containsKey(topLevelName(javaClass))) {
                        return;
                    }
                    sentencesBuiltBy(javaClass).forEach(found -> events.add(SimpleConditionEvent.violated(javaClass,
                            found)));
                }
            })
            .because("logic returns and throws model.common.Message (key + arguments) and gui/cli render it in the"
                    + " user's language (docs/decisions/0007); add the key to messages.properties and"
                    + " messages_fr.properties")
            .allowEmptyShould(true);

    @Test
    void logicHandsOutMessagesNotSentences() {
        LOGIC_BUILDS_NO_SENTENCES.check(classes);
    }

    @Test
    void everyListedClassStillNeedsItsException() {
        Map<String, List<String>> found = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            found.computeIfAbsent(topLevelName(javaClass), k -> new ArrayList<>()).addAll(sentencesBuiltBy(javaClass));
        }
        Set<String> converted = new TreeSet<>();
        STILL_BUILDING_SENTENCES.keySet().stream().filter(name -> found.getOrDefault(name, List.of()).isEmpty())
                .forEach(converted::add);
        assertThat(converted).as("these classes hand out messages now: remove them from STILL_BUILDING_SENTENCES")
                .isEmpty();
    }

    /** What the class does that builds a sentence for the user, one line each. */
    static List<String> sentencesBuiltBy(JavaClass javaClass) {
        List<String> found = new ArrayList<>();
        if (javaClass.getPackageName().startsWith("org.shipshape.logic")) {
            for (JavaCall<?> call : javaClass.getCodeUnitCallsFromSelf()) {
                describeSentenceCall(call).ifPresent(found::add);
            }
        }
        for (JavaField field : javaClass.getFields()) {
            if (!field.getModifiers().contains(JavaModifier.STATIC) && holdsUserText(field, field.getType())) {
                found.add(field.getFullName() + " holds text for the user; make it a Message");
            }
        }
        for (JavaMethod method : javaClass.getMethods()) {
            if (method.getModifiers().contains(JavaModifier.PUBLIC) && method.getRawParameterTypes().isEmpty()
                    && holdsUserText(method, method.getReturnType())) {
                found.add(method.getFullName() + " returns text for the user; return a Message");
            }
        }
        return found;
    }

    private static Optional<String> describeSentenceCall(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        boolean takesText = parameters.stream().anyMatch(p -> p.isEquivalentTo(String.class)
                || p.isEquivalentTo(List.class));
        String where = call.getOrigin().getFullName() + " (" + call.getSourceCodeLocation() + ")";
        if (owner.equals("org.shipshape.logic.task.UserInputException") && name.equals("<init>") && takesText) {
            return Optional.of(where + " throws a UserInputException made of English text");
        }
        if (owner.equals("org.shipshape.model.common.Message") && name.equals("untranslated")) {
            return Optional.of(where + " wraps an English sentence with Message.untranslated");
        }
        if (owner.equals("org.shipshape.logic.task.Progress") && name.equals("update") && takesText) {
            return Optional.of(where + " reports progress with English text");
        }
        if (name.equals("<init>") && owner.startsWith("org.shipshape.logic.") && takesText
                && call.getTargetOwner().isAssignableTo(RuntimeException.class)
                && !owner.equals("org.shipshape.logic.task.UserInputException") && !NOT_FOR_THE_USER.containsKey(owner)) {
            return Optional.of(where + " creates " + call.getTargetOwner().getSimpleName() + " with an English"
                    + " message");
        }
        return Optional.empty();
    }

    private static boolean holdsUserText(JavaMember member, JavaType type) {
        return SENTENCE_NAMES.contains(member.getName()) && isTextOrTexts(type)
                && !NOT_FOR_THE_USER.containsKey(member.getFullName());
    }

    private static boolean isTextOrTexts(JavaType type) {
        if (type.toErasure().isEquivalentTo(String.class)) {
            return true;
        }
        return type instanceof JavaParameterizedType parameterized
                && (parameterized.toErasure().isAssignableTo(Collection.class)
                        || parameterized.toErasure().isEquivalentTo(Optional.class))
                && parameterized.getActualTypeArguments().size() == 1
                && parameterized.getActualTypeArguments().get(0).toErasure().isEquivalentTo(String.class);
    }

    private static String topLevelName(JavaClass javaClass) {
        return javaClass.getName().split("\\$")[0];
    }
}
