package dev.errorcatalog.it.docs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The versions this repository's POMs declare: its own version, its modules (artifact id to directory), and the
 * version the parent POM manages for each third-party dependency and plugin ({@code groupId:artifactId}).
 */
record ProjectVersions(String version, Map<String, Path> modules, Map<String, String> managed) {

    /** Whether {@code file} is a Java source the reactor's own build compiles (main or test sources of one of its modules). */
    boolean compiledByTheBuild(Path root, Path file) {
        String path = root.relativize(file).toString().replace('\\', '/');
        return modules.values().stream().filter(dir -> !dir.equals(root))
                .map(dir -> root.relativize(dir).toString().replace('\\', '/'))
                .anyMatch(dir -> path.startsWith(dir + "/src/main/java/") || path.startsWith(dir + "/src/test/java/"));
    }

    static final String GROUP = "dev.errorcatalog";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    static ProjectVersions read(Path root) throws Exception {
        Element parent = parse(root.resolve("pom.xml"));
        String version = text(parent, "version");
        Map<String, String> properties = new HashMap<>();
        properties.put("project.version", version);
        Element props = child(parent, "properties");
        if (props != null) {
            for (Element p : children(props)) {
                properties.put(p.getTagName(), p.getTextContent().strip());
            }
        }
        Map<String, String> managed = new HashMap<>();
        NodeList dependencies = parent.getElementsByTagName("dependency");
        NodeList plugins = parent.getElementsByTagName("plugin");
        for (NodeList list : new NodeList[] {dependencies, plugins}) {
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                String v = text(e, "version");
                if (v != null) {
                    String group = text(e, "groupId");
                    managed.put((group == null ? "org.apache.maven.plugins" : group) + ":" + text(e, "artifactId"),
                            resolve(v, properties));
                }
            }
        }
        Map<String, Path> modules = new LinkedHashMap<>();
        modules.put(text(parent, "artifactId"), root);
        Element moduleList = child(parent, "modules");
        for (Element module : moduleList == null ? java.util.List.<Element>of() : children(moduleList)) {
            Path dir = root.resolve(module.getTextContent().strip());
            modules.put(text(parse(dir.resolve("pom.xml")), "artifactId"), dir);
        }
        return new ProjectVersions(version, Collections.unmodifiableMap(modules), Map.copyOf(managed));
    }

    Set<String> ownArtifacts() {
        return modules.keySet();
    }

    /** The version a snippet must show for {@code group:artifact}, or {@code null} if the POMs declare none. */
    String expected(String group, String artifact) {
        return GROUP.equals(group) ? version : managed.get(group + ":" + artifact);
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = PROPERTY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static Element parse(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(c -> c.getTagName().equals(name)).findFirst().orElse(null);
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    private static java.util.List<Element> children(Element parent) {
        java.util.List<Element> elements = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
