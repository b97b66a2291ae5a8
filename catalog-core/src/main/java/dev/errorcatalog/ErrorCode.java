package dev.errorcatalog;

import static dev.errorcatalog.Argument.number;
import static dev.errorcatalog.Argument.pluralCount;
import static dev.errorcatalog.Argument.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The error codes documented for the SignalWire REST APIs, one constant per code.
 *
 * <p>This enum is the single source of truth for the catalog: every locale bundle must provide a
 * message for each constant's {@link #code() wire code}, taking exactly the {@link #arguments()
 * arguments} declared here. Codes added upstream after this release still resolve, to a generic
 * message that names them (see {@link ErrorCatalog#resolve(String, Locale, Map)}).
 *
 * @since 0.1
 */
public enum ErrorCode {
    ACCOUNT_LIMIT_EXCEEDED,
    ALLOWED_ADDRESS_LIMIT_EXCEEDED,
    ALREADY_ASSIGNED,
    ALREADY_VERIFIED,
    ADDRESS_HAS_NO_VALID_CHANNELS,
    AUTO_TOP_UP_DEACTIVATED,
    AUTHBLOCK_IS_INVALID,
    AUTHBLOCK_IS_EXPIRED,
    BILLING_ROUTE_NOT_FOUND,
    BRAND_NOT_UNIQUE,
    CALL_ID_IS_DUPLICATED,
    CAMPAIGN_INACTIVE,
    CAMPAIGN_LIMIT_EXCEEDED,
    CAMPAIGN_NOT_ACTIVE,
    CAMPAIGN_NOT_FOUND,
    CANNOT_CANCEL_IN_PROGRESS,
    CANNOT_PROCESS,
    CANNOT_REDIRECT_NOT_IN_PROGRESS,
    CANNOT_REMOVE_ASSIGNMENT_FROM_INTEGRATION_TEST,
    CANNOT_UPDATE_COMPLETED,
    CHANNEL_HAS_MISSING_PROPERTIES,
    CHANNEL_NAME_IS_RESERVED,
    CHANNEL_NAME_SIZE_LIMIT_EXCEEDED,
    CHANNEL_SIZE_LIMIT_EXCEEDED,
    CHAT_TOKEN_INVALID_FOR_SESSION,
    CHAT_TOKEN_IS_INVALID,
    CONTAINS_EXTERNAL_ENTITIES,
    CONVERSATION_FLOW_STEPS_ARE_INVALID,
    COULD_NOT_PURCHASE,
    DESTINATION_NUMBER_NOT_SUPPORTED,
    DOCUMENT_VERSION_MISMATCH,
    DOES_NOT_EXIST,
    DOMAIN_HAS_NO_PASSWORD,
    DUPLICATE_SKILL_TYPE,
    EXCEEDS_HISTORY_LOGS_LIMIT,
    EXCEEDS_PLATFORM_STREAM_LIMIT,
    FEATURE_NOT_AVAILABLE,
    FILE_ALREADY_EXISTS,
    FILE_CAN_NOT_BE_OPENED,
    FILE_EXCEEDS_SIZE_LIMIT,
    FILE_NOT_FOUND,
    FROM_FABRIC_ADDRESS_ID_DOES_NOT_MATCH_SUBSCRIBER,
    INCOMPATIBLE_PARAMETERS,
    INCORRECT_KEYWORD_FORMAT,
    INCORRECT_NUMBER_OF_SUB_USE_CASES_LOW_VOLUME(number("min", 2), pluralCount("max", 5)),
    INCORRECT_NUMBER_OF_SUB_USE_CASES_MIXED(number("min", 2), pluralCount("max", 5)),
    INLINE_SWML_OR_SWML_WEBHOOK_REQUIRED,
    INSUFFICIENT_BALANCE,
    INVALID_ADDRESSES_FOR_TRANSFER_SKILL,
    INVALID_AUTH_TOKEN_PERMISSIONS,
    INVALID_CALL_HANDLER_FOR_EXTERNAL_SWML_HANDLER,
    INVALID_CALL_HANDLER_FOR_SWML_APPLICATION,
    INVALID_CALL_ID_PASSED,
    INVALID_CAMPAIGN_ID,
    INVALID_CAMPAIGN_STATUS,
    INVALID_COMMAND_ATTEMPTED,
    INVALID_CONTENT_TYPE,
    INVALID_DESTINATION_NUMBER,
    INVALID_FOR_TYPE,
    INVALID_FOR_PAGE_CHUNKING,
    INVALID_FOR_PARAGRAPH_CHUNKING,
    INVALID_FOR_SENTENCE_CHUNKING,
    INVALID_FOR_SLIDING_CHUNKING,
    INVALID_GROUP_CONFIGURATION,
    INVALID_HANDLER_USE,
    INVALID_HTTP_METHOD,
    INVALID_JOIN_UNTIL_DATE,
    INVALID_LIST_ITEMS,
    INVALID_MEDIA_TYPE,
    INVALID_MEDIA_URL,
    INVALID_MESSAGE_BODY,
    INVALID_MUSTACHE_SYNTAX,
    INVALID_NUMBER_FORMAT,
    INVALID_OBJECT,
    INVALID_PARAMETER,
    INVALID_PSTN_DESTINATION,
    INVALID_RELAY_CONNECTOR_PARAMETERS,
    INVALID_RESOURCE_FOR_HANDLER,
    INVALID_RESOURCE_TYPE,
    INVALID_ROOM_SESSION,
    INVALID_SIP_CONFIGURATION,
    INVALID_SIP_DESTINATION,
    INVALID_STATE,
    INVALID_SUB_USE_CASES,
    INVALID_SUBPROJECT_ID,
    INVALID_TOKEN_FORMAT,
    INVALID_ZENDESK_CAPABILITY,
    LIST_CONTAINS_INVALID_ENTRIES,
    MALFORMED_XML,
    MAX_QUEUED_CALLS_EXCEEDED,
    MAX_QUEUED_MESSAGES_EXCEEDED(text("subject", "+15558675309")),
    MEDIA_SIZE_EXCEEDS_LIMIT,
    MEDIA_URL_REQUIRED,
    MESSAGE_BODY_REQUIRED,
    MESSAGE_LENGTH_EXCEEDS_LIMIT,
    MESSAGING_PROVIDER_INVALID,
    MISSING_REQUIRED_PARAMETER,
    MISSING_SUB_USE_CASES,
    MISSING_SIP_CONFIGURATION,
    MUST_BELONG_TO_PROJECT,
    NO_CHANNEL_SPECIFIED,
    NO_DEVICES_OR_REGISTRATIONS,
    NO_FABRIC_ADDRESSES,
    NO_INSTALLED_APPLICATIONS,
    NO_REGISTERED_DEVICES,
    NO_STEERED_RESOURCE,
    NO_VALID_NUMBER_FOR_RANDOM_SEND_AS_SELECTION,
    NOT_A_BOOLEAN,
    NOT_A_DATETIME,
    NOT_A_HASH,
    NOT_A_REFRESH_TOKEN,
    NOT_A_STRING,
    NOT_A_VALID_JSON,
    NOT_ALLOWED_ON_SUBSCRIPTION_PLAN,
    NOT_ALPHANUMERIC,
    NOT_AN_ARRAY_OF_HASHES,
    NOT_AN_ARRAY_OF_STRINGS,
    NOT_AN_HTTP_URL,
    NOT_AVAILABLE_FOR_ASSIGNMENT,
    NOT_E164,
    NOT_JSON_OR_YAML,
    NOT_PARSABLE,
    NOT_PARSEABLE,
    NOT_PURCHASED_OR_VERIFIED,
    NOT_REGISTERED,
    NOT_ROUTABLE,
    NOT_VALID_FOR_CALLER_ID,
    NOT_VOICE_CAPABLE,
    NOT_UNIQUE_WITHIN_PROJECT,
    NOT_UNIQUE_WITHIN_SPACE,
    NUMBER_ASSIGNMENT_CANNOT_BE_REMOVED,
    NUMBER_BLACKLISTED,
    NUMBER_NOT_SUPPORTED,
    NUMBER_NOT_VERIFIED,
    NUMBER_OF_ASSIGNMENTS_EXCEED_LIMIT,
    OUT_OF_SYNC,
    PAGE_TOKEN_IS_INVALID,
    PAGE_TOKEN_REQUIRED,
    PAGE_TOKEN_REQUIRED_FOR_NEXT_PAGE,
    PROVIDED_ID_IS_UNRECOGNIZED,
    PURCHASED_TOO_RECENTLY(pluralCount("waitDays", 14), pluralCount("trialWaitDays", 30)),
    QUERY_PROCESSING_FAILED,
    RATE_LIMIT_EXCEEDED,
    RESOURCE_ASSIGNED_AS_HANDLER,
    RESOURCE_IN_DIFFERENT_PROJECT,
    RESOURCE_NOT_ALLOWED,
    RESOURCE_NOT_CALLABLE,
    RESOURCE_NOT_DELETABLE,
    ROOM_IS_NOT_CHAT_ENABLED,
    ROOM_TOKEN_INVALID_FOR_SESSION,
    ROOM_TOKEN_IS_INVALID,
    SAT_MUST_HAVE_APPLICATION,
    SEND_AS_IS_INVALID,
    SIP_GATEWAY_URI_MUST_BE_EXTERNAL,
    SORT_ORDER_VALIDATIONS,
    STATE_SIZE_LIMIT_EXCEEDED,
    SUB_USE_CASES_PRESENT,
    TERMS_AND_CONDITIONS_REQUIRED,
    TO_DESTINATION_UNRESOLVABLE,
    TOKEN_EXPIRED,
    TOKEN_HAS_INVALID_PREFIX,
    TOKEN_INVALID,
    TOKEN_INVALID_OR_UNADOPTABLE,
    TOKEN_NOT_ASSOCIATED_WITH_VIDEO_ROOM,
    TOO_MANY_VERIFICATION_ATTEMPTS,
    TOO_MANY_VERIFICATION_REQUESTS,
    TOO_MANY_VERIFICATION_REQUESTS_IN_TIME_FRAME,
    UNKNOWN_DOWNLOAD_ERROR,
    UNRECOGNIZED_FABRIC_ADDRESSES,
    UNSUPPORTED_FILE_EXTENSION,
    UNSUPPORTED_MODE,
    UNSUPPORTED_OPTION,
    UNSUPPORTED_REGION,
    URI_DOES_NOT_RESOLVE_TO_ADDRESS,
    URI_DOES_NOT_RESOLVE_TO_RESOURCE,
    URI_RESOLVES_TO_UNSUPPORTED_RESOURCE,
    UPLOAD_ERROR,
    URL_FAILED_TO_PARSE,
    URL_IS_UNSAFE,
    VALUE_NOT_UNIQUE,
    VERIFICATION_REQUEST_TOO_SOON(pluralCount("retryAfterMinutes", 1));

    private static final Map<String, ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (ErrorCode code : values()) {
            BY_CODE.put(code.code, code);
        }
    }

    private final String code;
    private final MessageKey key;

    ErrorCode(Argument... arguments) {
        this.code = name().toLowerCase(Locale.ROOT);
        this.key = new MessageKey(code, List.of(arguments));
    }

    /** The code exactly as the API sends it, e.g. {@code invalid_number_format}. */
    public String code() {
        return code;
    }

    /** The named ICU arguments this code's message takes, in the order the English source uses them. */
    public List<Argument> arguments() {
        return key.arguments();
    }

    /** This code's bundle key with its declared arguments. */
    public MessageKey key() {
        return key;
    }

    /**
     * The constant for a code as sent on the wire.
     *
     * @param code the wire code; matched exactly
     * @return the constant, or empty for {@code null} and for codes this release does not know
     */
    public static Optional<ErrorCode> fromCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The constant for a wire code, or {@code null}: {@link #fromCode(String)} without the {@code Optional}. */
    static ErrorCode byCode(String code) {
        return BY_CODE.get(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
