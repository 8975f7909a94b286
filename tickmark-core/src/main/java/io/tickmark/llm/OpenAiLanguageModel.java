package io.tickmark.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;

/**
 * A language model at an OpenAI-compatible chat-completions endpoint, through LangChain4j: temperature 0, the
 * timeout and retries of its {@link LanguageModelSettings}; every failure becomes a one-line
 * {@link LanguageModelException} naming the endpoint.
 */
public final class OpenAiLanguageModel implements LanguageModel {
    private final LanguageModelSettings settings;
    private final ChatModel chat;

    public OpenAiLanguageModel(LanguageModelSettings settings) {
        this.settings = settings;
        this.chat = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
    }

    @Override
    public String describe() {
        return settings.describe();
    }

    /** One call, retried {@code retries} times after a timeout, an unreachable endpoint or a server error (5xx). */
    @Override
    public String complete(String system, String user) {
        for (int attempt = 0; ; attempt++) {
            try {
                return once(system, user);
            } catch (LanguageModelException e) {
                boolean transient_ = e.kind() == LanguageModelException.Kind.TIMEOUT || e.kind() == LanguageModelException.Kind.UNREACHABLE
                        || e.getCause() instanceof dev.langchain4j.exception.InternalServerException;
                if (!transient_ || attempt >= settings.retries()) throw e;
            }
        }
    }

    private String once(String system, String user) {
        ChatResponse response;
        try {
            response = chat.chat(List.of(SystemMessage.from(system), UserMessage.from(user)));
        } catch (RuntimeException e) {
            throw translate(e);
        }
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new LanguageModelException(LanguageModelException.Kind.EMPTY, "the language model " + describe() + " returned an empty answer", null);
        }
        return text.strip();
    }

    private LanguageModelException translate(RuntimeException e) {
        String where = "the language model " + describe();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return new LanguageModelException(LanguageModelException.Kind.TIMEOUT,
                        where + " did not answer within " + settings.timeout().toSeconds() + " s (timeout; retried " + settings.retries() + "x)", e);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof java.nio.channels.ClosedChannelException) {
                return new LanguageModelException(LanguageModelException.Kind.UNREACHABLE,
                        where + " is unreachable (" + t.getClass().getSimpleName() + "): is the server running?", e);
            }
            if (t instanceof AuthenticationException) {
                return new LanguageModelException(LanguageModelException.Kind.REJECTED, where + " refused the API key (set TICKMARK_LLM_KEY)", e);
            }
            if (t instanceof ModelNotFoundException) {
                return new LanguageModelException(LanguageModelException.Kind.REJECTED, where + " does not know the model '" + settings.model() + "'", e);
            }
            if (t instanceof HttpException h) {
                return new LanguageModelException(LanguageModelException.Kind.REJECTED,
                        where + " answered HTTP " + h.statusCode() + ": " + oneLine(h.getMessage()), e);
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return new LanguageModelException(LanguageModelException.Kind.MALFORMED,
                        where + " answered with malformed JSON, not a chat completion: " + oneLine(t.getMessage()), e);
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("timed out") || lower.contains("timeout")) {
            return new LanguageModelException(LanguageModelException.Kind.TIMEOUT, where + " did not answer in time: " + oneLine(message), e);
        }
        if (lower.contains("connect")) {
            return new LanguageModelException(LanguageModelException.Kind.UNREACHABLE, where + " is unreachable: " + oneLine(message), e);
        }
        return new LanguageModelException(LanguageModelException.Kind.MALFORMED, where + " gave no usable chat completion: " + oneLine(message), e);
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
