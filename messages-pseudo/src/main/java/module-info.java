/** The pseudo-locales en-XA and ar-XB of the error catalog, for QA; served only when the catalog enables them. */
module dev.errorcatalog.messages.pseudo {
    requires dev.errorcatalog;

    provides dev.errorcatalog.spi.MessageProvider with dev.errorcatalog.messages.pseudo.AccentedPseudoMessages,
            dev.errorcatalog.messages.pseudo.BidiPseudoMessages;
}
