package dev.errorcatalog;

import static dev.errorcatalog.Argument.number;
import static dev.errorcatalog.Argument.pluralCount;
import static dev.errorcatalog.Argument.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The error codes documented for the SignalWire REST APIs, one constant per code.
 *
 * <p>The constants are the 253 codes of SignalWire's error-code page of 2026-08-17: the 181 of catalog
 * version 1, then the 72 added in {@linkplain ErrorCatalog#CATALOG_VERSION catalog version} 2 — 61
 * snake_case codes and the 11 JSON-RPC codes of the AI chat API, whose wire code is the number as a
 * string ({@link #CONVERSATION_NOT_FOUND} is {@code "-32001"}). Codes SignalWire has replaced by a
 * successor still resolve, to the successor's message: see {@link #renames()}.
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
    VERIFICATION_REQUEST_TOO_SOON(pluralCount("retryAfterMinutes", 1)),

    // ---- added in catalog version 2 (SignalWire's page of 2026-08-17) ----
    ASSOCIATED_CAMPAIGN_INACTIVE,
    ASSOCIATED_CAMPAIGN_SUSPENDED,
    BODY_MUST_BE_EMPTY,
    BODY_OR_MEDIA_REQUIRED,
    CALL_UPDATE_FAILED,
    CAMPAIGN_THROUGHPUT_EXCEEDED,
    CANNOT_REDACT_IN_PROGRESS_MESSAGE,
    CARRIER_VIOLATION,
    CHARACTER_LIMIT_EXCEEDED,
    CUSTOM_VARIABLE_VALUE_TOO_LONG(pluralCount("maxBytes", 1024)),
    HEADER_VALUE_TOO_LONG,
    INACTIVE_CAMPAIGN,
    INSUFFICIENT_BALANCE_TO_RECEIVE_MESSAGE,
    INSUFFICIENT_BALANCE_TO_SEND_MESSAGE,
    INTEGRATION_TEST_VERIFIED_CALLER_REQUIRED,
    INTERNAL_ERROR_OCCURRED,
    INVALID_CODECS_FORMAT,
    INVALID_CUSTOM_VARIABLE_NAME,
    INVALID_CUSTOM_VARIABLE_VALUE,
    INVALID_FROM_NUMBER,
    INVALID_HEADER_NAME,
    INVALID_HEADER_VALUE,
    INVALID_TO_NUMBER,
    MEDIA_CONNECTION_TIMEOUT,
    MEDIA_DOWNLOAD_FAILED,
    MEDIA_EXCEEDS_SIZE_LIMIT,
    MEDIA_LIMIT_EXCEEDED(pluralCount("maxMediaItems", 8)),
    MEDIA_PROCESSING_FAILED,
    MEDIA_REQUEST_FAILED,
    MESSAGE_BACKLOG_LIMIT_EXCEEDED,
    MESSAGE_BLOCKED_BY_CARRIER,
    MESSAGE_BLOCKED_BY_NUMBER,
    MESSAGE_FILTERED,
    MESSAGE_VALIDITY_PERIOD_EXPIRED_AT_CARRIER,
    MISSING_MESSAGING_CAPABILITY,
    MMS_EXPIRED_REJECTED_FAILED_OR_UNSUPPORTED,
    MUST_BE_ARRAY_OF_OBJECTS,
    MUST_BE_OBJECT,
    MUST_SPECIFY_RELATED_PARAMETER,
    NESTED_SUBPROJECTS_NOT_ALLOWED,
    NOT_ROUTEABLE,
    ONLY_SUBPROJECTS_CAN_BE_DELETED,
    PFT_DAILY_LIMIT_EXCEEDED(pluralCount("dailyLimit", 200)),
    PHONE_NUMBERS_MUST_BE_REMOVED,
    REJECTED_BY_RECEIVING_CARRIER_FOR_UNSPECIFIED_REASON,
    RESERVED_CUSTOM_VARIABLE_NAME,
    RESERVED_HEADER_NAME,
    SENDING_DISABLED_FOR_SPACE,
    SENDING_RESTRICTED_TO_VERIFIED,
    SOLE_PROPRIETOR_DAILY_LIMIT_EXCEEDED(pluralCount("dailyLimit", 1000)),
    TMOBILE_DAILY_LIMIT_REACHED,
    TOO_MANY_CUSTOM_VARIABLES(pluralCount("maxKeys", 20)),
    TOO_MANY_HEADERS,
    UNABLE_TO_DELIVER_TO_CARRIER,
    UNKNOWN_DESTINATION_HANDSET,
    UNKNOWN_ERROR,
    UNREACHABLE_DESTINATION_HANDSET,
    UNROUTEABLE_MESSAGE,
    UNROUTEABLE_MESSAGE_RECEIVED,
    UNSUPPORTED_MEDIA_TYPE(text("contentType", "%{content_type}")),
    VERIFIED_CALLER_ID_NOT_PERMITTED,

    // the AI chat API's JSON-RPC error codes: the wire code is the number as a string
    CONVERSATION_NOT_FOUND("-32001"),
    CONFIG_FETCH_ERROR("-32002"),
    MODEL_PROVIDER_ERROR("-32003"),
    DATABASE_ERROR("-32004"),
    SUMMARIZE_RATE_LIMIT_EXCEEDED("-32005"),
    CHAT_RATE_LIMITED("-32006"),
    CHAT_IN_PROGRESS("-32007"),
    JSON_RPC_INVALID_REQUEST("-32600"),
    JSON_RPC_METHOD_NOT_FOUND("-32601"),
    JSON_RPC_INVALID_PARAMS("-32602"),
    JSON_RPC_INTERNAL_ERROR("-32603");

    private static final Map<String, ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (ErrorCode code : values()) {
            BY_CODE.put(code.code, code);
        }
    }

    private final String code;
    private final MessageKey key;

    ErrorCode(Argument... arguments) {
        this(null, arguments);
    }

    /** A code whose wire form is not the constant's name in lower case (the JSON-RPC codes). */
    ErrorCode(String code, Argument... arguments) {
        this.code = code != null ? code : name().toLowerCase(Locale.ROOT);
        this.key = new MessageKey(this.code, List.of(arguments));
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

    /**
     * The codes SignalWire has replaced by a successor, each mapped to that successor, e.g.
     * {@code http_url_required} → {@link #NOT_AN_HTTP_URL}. Some old names still appear in SignalWire's
     * own example responses; {@link ErrorCatalog#resolve(String, Locale, Map) resolve} gives them the
     * successor's message and reports the old code in {@link ResolvedMessage#renamedFrom()}.
     *
     * @return old wire code → successor, unmodifiable, in the order of SignalWire's documentation
     * @since 0.1
     */
    public static Map<String, ErrorCode> renames() {
        return Renames.BY_OLD_CODE;
    }

    /** The successor of a replaced wire code, or {@code null}; matched exactly. */
    static ErrorCode renamed(String oldCode) {
        return Renames.BY_OLD_CODE.get(oldCode);
    }

    /** Initialised on first use: only a code that is not current is ever looked up here. */
    private static final class Renames {
        static final Map<String, ErrorCode> BY_OLD_CODE;

        static {
            // signalwire/docs, the error-code page at 18e30541 against the page of 2026-08-17
            Object[] table = {
                "address_limit_exceeded", ALLOWED_ADDRESS_LIMIT_EXCEEDED,
                "alphanumeric_required", NOT_ALPHANUMERIC,
                "boolean_required", NOT_A_BOOLEAN,
                "datetime_required", NOT_A_DATETIME,
                "file_size_limit_exceeded", FILE_EXCEEDS_SIZE_LIMIT,
                "http_url_required", NOT_AN_HTTP_URL,
                "incorrect_number_of_sub_use_cases", INCORRECT_NUMBER_OF_SUB_USE_CASES_MIXED,
                "invalid_chunking_params_for_page_chunking", INVALID_FOR_PAGE_CHUNKING,
                "invalid_chunking_params_for_paragraph_chunking", INVALID_FOR_PARAGRAPH_CHUNKING,
                "invalid_chunking_params_for_sentence_chunking", INVALID_FOR_SENTENCE_CHUNKING,
                "invalid_chunking_params_for_sliding_chunking", INVALID_FOR_SLIDING_CHUNKING,
                "json_or_yaml_required", NOT_JSON_OR_YAML,
                "list_of_hashes_required", NOT_AN_ARRAY_OF_HASHES,
                "list_of_strings_required", NOT_AN_ARRAY_OF_STRINGS,
                "missing_fabric_application", SAT_MUST_HAVE_APPLICATION,
                "related_parameter_required", MUST_SPECIFY_RELATED_PARAMETER,
                "string_required", NOT_A_STRING,
                "unique_within_project", NOT_UNIQUE_WITHIN_PROJECT,
            };
            Map<String, ErrorCode> renames = new LinkedHashMap<>();
            for (int i = 0; i < table.length; i += 2) {
                renames.put((String) table[i], (ErrorCode) table[i + 1]);
            }
            BY_OLD_CODE = Collections.unmodifiableMap(renames);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
