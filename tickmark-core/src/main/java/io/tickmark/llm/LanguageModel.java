package io.tickmark.llm;

/**
 * A language model behind one call: a system instruction and a user message in, the model's text out.
 * Optional everywhere in Tickmark and never the source of a figure: callers check what it says (see
 * {@link NumberChecker}, {@link CitedAnswerer}).
 */
public interface LanguageModel {
    /** "qwen2.5:7b at http://localhost:11434/v1", for notes shown to the user. */
    String describe();

    /**
     * The model's reply to one exchange.
     *
     * @throws LanguageModelException when the endpoint is down, times out, refuses the request or answers with
     *                                something that is not a chat completion; the message says which, in one line
     */
    String complete(String system, String user);
}
