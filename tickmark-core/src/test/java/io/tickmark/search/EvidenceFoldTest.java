package io.tickmark.search;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The eval's folds: fixed parts of the questions split by company, so a setting chosen on one is tested on companies it never saw. */
class EvidenceFoldTest {
    private static EvidenceEval.Question q(String id, String company) {
        return new EvidenceEval.Question(id, "domain-relevant", "question " + id, company, List.of(new EvidenceEval.Gold(company + "_10K", 1)));
    }

    private static final List<EvidenceEval.Question> QUESTIONS = List.of(
            q("1", "Delta"), q("2", "Acme"), q("3", "Cobalt"), q("4", "Acme"), q("5", "Borealis"), q("6", "Delta"), q("7", "Cobalt"));

    @Test
    void two_halves_split_the_questions_by_company_and_cover_each_question_once() {
        List<EvidenceEval.Question> first = EvidenceEval.Fold.parse("1/2").of(QUESTIONS);
        List<EvidenceEval.Question> second = EvidenceEval.Fold.parse("2/2").of(QUESTIONS);

        Set<String> companiesFirst = first.stream().map(EvidenceEval.Question::company).collect(Collectors.toSet());
        Set<String> companiesSecond = second.stream().map(EvidenceEval.Question::company).collect(Collectors.toSet());
        // companies sorted by name, dealt round: Acme, Cobalt to one half; Borealis, Delta to the other
        assertThat(companiesFirst).containsExactlyInAnyOrder("Acme", "Cobalt");
        assertThat(companiesSecond).containsExactlyInAnyOrder("Borealis", "Delta");
        Set<String> ids = new HashSet<>();
        first.forEach(x -> ids.add(x.id()));
        second.forEach(x -> assertThat(ids.add(x.id())).isTrue());
        assertThat(ids).hasSize(QUESTIONS.size());
    }

    @Test
    void the_split_does_not_depend_on_the_order_of_the_questions() {
        List<EvidenceEval.Question> reversed = new java.util.ArrayList<>(QUESTIONS);
        java.util.Collections.reverse(reversed);
        assertThat(EvidenceEval.Fold.parse("1/2").of(reversed)).extracting(EvidenceEval.Question::id)
                .containsExactlyInAnyOrderElementsOf(EvidenceEval.Fold.parse("1/2").of(QUESTIONS).stream().map(EvidenceEval.Question::id).toList());
    }

    @Test
    void a_bad_fold_is_refused_saying_what_to_write() {
        assertThatThrownBy(() -> EvidenceEval.Fold.parse("half")).hasMessageContaining("'half'").hasMessageContaining("1/2");
        assertThatThrownBy(() -> EvidenceEval.Fold.parse("3/2")).hasMessageContaining("3/2");
        assertThatThrownBy(() -> EvidenceEval.Fold.parse("0/2")).hasMessageContaining("0/2");
    }
}
