package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorCatalog;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resolves one message in a fresh JVM and exits: {@code startup.sh} times the whole process.
 *
 * <p>{@code catalog} builds the catalog and resolves an argument-less message; {@code catalog-checked}
 * also calls {@code warnings()} first, which compiles and checks every installed locale at start-up (the
 * catalog otherwise compiles a locale other than the default on its first use); {@code catalog-args} a
 * message with a number and a plural; {@code javatext} and {@code javatext-args} do the same with
 * {@code ResourceBundle} and {@code java.text.MessageFormat}; {@code nothing} only starts the JVM.
 */
public final class FirstMessage {

    private FirstMessage() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "catalog" : args[0];
        Peers.WithArguments withArguments = Peers.WithArguments.NUMBER_AND_PLURAL;
        String text;
        switch (mode) {
            case "catalog":
                text = ErrorCatalog.create().resolve(Peers.ARGUMENT_LESS, Locale.ENGLISH).text();
                break;
            case "catalog-checked":
                ErrorCatalog checked = ErrorCatalog.create();
                text = checked.warnings().isEmpty() ? checked.resolve(Peers.ARGUMENT_LESS, Locale.ENGLISH).text() : "?";
                break;
            case "catalog-args":
                text = ErrorCatalog.create().resolve(withArguments.code, Locale.ENGLISH, withArguments.arguments).text();
                break;
            case "javatext":
                text = new MessageFormat(ResourceBundle.getBundle(Peers.BASE_NAME, Locale.ENGLISH)
                        .getString(Peers.ARGUMENT_LESS.code()), Locale.ENGLISH).format(new Object[0]);
                break;
            case "javatext-args":
                ResourceBundle.getBundle(Peers.BASE_NAME, Locale.ENGLISH).getString(withArguments.code);
                // the bundle holds the ICU pattern; java.text needs its own version of it
                text = new MessageFormat(withArguments.javaTextPattern, Locale.ENGLISH).format(withArguments.positional);
                break;
            case "nothing":
                text = "";
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.out.println(text);
    }
}
