package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Scans the production and test class directories for requirement links and test methods. */
public final class CodeScanner {

    /** A class directory and how it is named in messages and the manifest. */
    public record Directory(Path path, String label) {
    }

    private CodeScanner() {
    }

    /** @return the links, test methods and inheritance found in all directories */
    public static CodeScan scan(List<Directory> directories) {
        TreeSet<CodeLink> links = new TreeSet<>();
        TreeSet<CodeLocation> tests = new TreeSet<>();
        Map<String, String> superClasses = new HashMap<>();
        List<InputFile> inputs = new ArrayList<>();
        FileTime newest = FileTime.fromMillis(0);
        for (Directory dir : directories) {
            ClassDirectory.Read<AnnotationScanner.ClassAnnotations> read = ClassDirectory.read(dir.path(),
                    dir.label(), file -> AnnotationScanner.scan(file, dir.label()));
            for (AnnotationScanner.ClassAnnotations c : read.results()) {
                links.addAll(c.links());
                tests.addAll(c.testMethods());
                if (c.superClass() != null && !"java.lang.Object".equals(c.superClass())) {
                    superClasses.put(c.className(), c.superClass());
                }
            }
            inputs.add(read.input());
            newest = read.newest().compareTo(newest) > 0 ? read.newest() : newest;
        }
        return new CodeScan(new ArrayList<>(links), tests, superClasses, inputs, newest);
    }
}
