package io.github.iec62304.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plan of one synthetic device project, derived from the size and the seed alone (deterministic): software
 * items at a mix of safety classes, production classes in packages of those items, one test class per top-level
 * class, requirements implemented by a few classes each and verified by their tests, and the SOUP components.
 *
 * <p>Shape: an item per 250 classes (at least 4), classes C, B, C, A, C, B, C, C, B, C in turn; every other item
 * declares one unit per package, the others leave every top-level class a unit of its own. Every 20th class file is
 * a nested class of the one before. A requirement is implemented by about five neighbouring classes (one method
 * each, or the class itself for every 7th class) and verified by the first test of each of their test classes (the
 * whole test class for every 50th); its class is the lowest of the items its code sits in.
 */
public final class DeviceModel {

    /** Root package of the generated code. */
    public static final String BASE_PACKAGE = "com.example.device";
    private static final String CLASS_PATTERN = "CBCACBCCBC";
    private static final int CLASSES_PER_ITEM = 250;
    private static final int CLASSES_PER_PACKAGE = 25;
    private static final int NESTED_EVERY = 20;
    private static final String[] WORDS = {"Dose", "Alarm", "Pressure", "Rate", "Pump", "Sensor", "Valve", "Battery",
        "Display", "Motor", "Flow", "Volume", "Occlusion", "Bolus", "Drug", "Syringe"};
    private static final String[] ROLES = {"Monitor", "Calculator", "Controller", "Filter", "Validator", "Limiter",
        "Scheduler", "Converter"};
    static final String[] METHODS = {"check", "compute", "clamp", "scale", "validate", "filter", "convert", "limit"};

    /** A software item: a package of the architecture with its own class. */
    public record Item(int index, String id, char safetyClass, String pkg, boolean declaresUnits) {
    }

    /**
     * A top-level production class and what hangs on it.
     *
     * @param index            position among the top-level classes
     * @param name             binary name
     * @param item             its item
     * @param packageName      its package
     * @param requirement      the requirement it implements
     * @param methods          how many methods with branches it has
     * @param implementsOnClass {@code @Implements} on the class, not on its first method
     * @param nested           whether it has a nested class {@code $Part} (counted as a class file)
     * @param tests            how many test methods its test class has
     * @param verifiesOnClass  {@code @Verifies} on the test class, not on its first test
     * @param skippedTest      its last test is reported skipped (only in class A items)
     * @param flakyTest        its first test passed after a re-run (a flaky failure)
     * @param seed             seed of everything random about it
     */
    public record ProductionClass(int index, String name, Item item, String packageName, String requirement,
                                  int methods, boolean implementsOnClass, boolean nested, int tests,
                                  boolean verifiesOnClass, boolean skippedTest, boolean flakyTest, long seed) {

        /** @return the simple name */
        public String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        /** @return the binary name of its test class */
        public String testName() {
            return name + "Test";
        }

        /** @return the name of its production method {@code m} */
        public String method(int m) {
            return METHODS[(int) ((seed + m) % METHODS.length)];
        }

        /** @return the constant {@code k} of its production method {@code m}: {@code if (x > limit + k) ...} */
        public int constant(int m) {
            return 1 + (int) Math.floorMod(seed * 31 + m * 17L, 99L);
        }

        /** @return the name of its test method {@code t} */
        public String testMethod(int t) {
            return method(t % methods) + "Case" + (t + 1);
        }
    }

    /** A requirement of the catalog, at the lowest class of the items that implement it. */
    public record Requirement(String id, char safetyClass, String title, String text) {
    }

    /** A SOUP component of the SBOM. */
    public record Soup(int index, String group, String artifact, String version, String supplier,
                       boolean vulnerable) {

        /** @return the package URL, as cyclonedx-maven-plugin writes it ({@code bom-ref} too) */
        public String purl() {
            return "pkg:maven/" + group + "/" + artifact + "@" + version + "?type=jar";
        }
    }

    private final Size size;
    private final long seed;
    private final List<Item> items = new ArrayList<>();
    private final List<ProductionClass> classes = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<Soup> soup = new ArrayList<>();

    /** Plans a project of this size from this seed. */
    public DeviceModel(Size size, long seed) {
        this.size = size;
        this.seed = seed;
        int nestedCount = size.classes() / NESTED_EVERY;
        int topLevel = size.classes() - nestedCount;
        int itemCount = Math.max(4, size.classes() / CLASSES_PER_ITEM);
        for (int j = 0; j < itemCount; j++) {
            items.add(new Item(j, String.format("ITEM-%03d", j + 1), CLASS_PATTERN.charAt(j % CLASS_PATTERN.length()),
                    String.format("%s.item%03d", BASE_PACKAGE, j + 1), j % 2 == 0));
        }
        int[] firstOfItem = new int[itemCount];
        java.util.Arrays.fill(firstOfItem, -1);
        int testsPerClass = size.testCases() / topLevel;
        int extraTests = size.testCases() % topLevel;
        char[] requirementClass = new char[size.requirements()];
        java.util.Arrays.fill(requirementClass, 'C');
        for (int t = 0; t < topLevel; t++) {
            Item item = items.get((int) ((long) t * itemCount / topLevel));
            if (firstOfItem[item.index()] < 0) {
                firstOfItem[item.index()] = t;
            }
            long classSeed = new SplittableRandom(seed * 1_000_003L + t).nextLong() & Long.MAX_VALUE;
            SplittableRandom rnd = new SplittableRandom(classSeed);
            String pkg = String.format("%s.p%02d", item.pkg(), (t - firstOfItem[item.index()]) / CLASSES_PER_PACKAGE);
            String simple = WORDS[rnd.nextInt(WORDS.length)] + ROLES[rnd.nextInt(ROLES.length)]
                    + String.format("%05d", t + 1);
            int r = (int) ((long) t * size.requirements() / topLevel);
            requirementClass[r] = (char) Math.min(requirementClass[r], item.safetyClass());
            classes.add(new ProductionClass(t, pkg + "." + simple, item, pkg, requirementId(r), 2 + rnd.nextInt(4),
                    t % 7 == 3, t % (NESTED_EVERY - 1) == 0 && t / (NESTED_EVERY - 1) < nestedCount, testsPerClass + (t < extraTests ? 1 : 0), t % 50 == 7,
                    item.safetyClass() == 'A' && t % 40 == 5, t % 97 == 11, classSeed));
        }
        for (int r = 0; r < size.requirements(); r++) {
            SplittableRandom rnd = new SplittableRandom(seed * 7_919L + r);
            String word = WORDS[rnd.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT);
            String role = ROLES[rnd.nextInt(ROLES.length)].toLowerCase(java.util.Locale.ROOT);
            requirements.add(new Requirement(requirementId(r), requirementClass[r],
                    "Bounded " + word + " " + role + " output " + (r + 1),
                    "The " + word + " " + role + " shall keep its output within the configured limit of the "
                            + word + " channel and shall report every value outside it (case " + (r + 1) + ")."));
        }
        soup.addAll(soupOf(size));
    }

    /** @return the SOUP components of a project of this size (the same for every seed) */
    public static List<Soup> soupOf(Size size) {
        List<Soup> soup = new ArrayList<>();
        for (int k = 0; k < size.soup(); k++) {
            soup.add(new Soup(k, String.format("org.example.vendor%02d", k % 40), String.format("lib-%04d", k + 1),
                    "1." + (k % 9) + "." + (k % 5), k % 5 == 0 ? "" : "Vendor " + (k % 40) + " Ltd", k % 20 == 3));
        }
        return soup;
    }

    static String requirementId(int r) {
        return String.format("REQ-%05d", r + 1);
    }

    /** @return the size planned */
    public Size size() {
        return size;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the items, in order */
    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    /** @return the top-level production classes, in order */
    public List<ProductionClass> classes() {
        return Collections.unmodifiableList(classes);
    }

    /** @return the requirements, in order */
    public List<Requirement> requirements() {
        return Collections.unmodifiableList(requirements);
    }

    /** @return the SOUP components, in order */
    public List<Soup> soup() {
        return Collections.unmodifiableList(soup);
    }

    /** @return the packages of an item, in order */
    public List<String> packagesOf(Item item) {
        return classes.stream().filter(c -> c.item() == item).map(ProductionClass::packageName).distinct().toList();
    }
}
