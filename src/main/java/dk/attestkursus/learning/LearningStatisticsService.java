package dk.attestkursus.learning;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.learning.domain.AccountCount;
import dk.attestkursus.learning.domain.CaseAnswerRepository;
import dk.attestkursus.learning.domain.ChoiceCount;
import dk.attestkursus.learning.domain.LessonReadRepository;
import dk.attestkursus.learning.domain.OptionCount;
import dk.attestkursus.learning.domain.QuizAnswerRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts, never names: how a run's participants are doing, for its instructors. Aggregated in SQL. */
@Service
@PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
public class LearningStatisticsService {

    private final CourseRunService runs;
    private final CourseContent content;
    private final LessonReadRepository reads;
    private final QuizAnswerRepository answers;
    private final CaseAnswerRepository caseAnswers;
    private final PeopleInReach reach;

    LearningStatisticsService(
            CourseRunService runs,
            CourseContent content,
            LessonReadRepository reads,
            QuizAnswerRepository answers,
            CaseAnswerRepository caseAnswers,
            PeopleInReach reach) {
        this.runs = runs;
        this.content = content;
        this.reads = reads;
        this.answers = answers;
        this.caseAnswers = caseAnswers;
        this.reach = reach;
    }

    /** Statistics of a run the instructor teaches; refused for other runs (see {@link CourseRunService#participantsOf}). */
    @Transactional(readOnly = true)
    public RunLearningStatistics forRun(CourseRunId runId) {
        Set<Long> ids =
                runs.participantsOf(runId).stream().map(AccountId::value).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return new RunLearningStatistics(runId, 0, Map.of(), Map.of(), Map.of());
        }
        Map<String, Integer> completed = new HashMap<>();
        completers(ids).forEach((module, accounts) -> completed.put(module, accounts.size()));
        Map<String, Map<Integer, Integer>> questions = new HashMap<>();
        for (OptionCount row : answers.distribution(ids)) {
            questions
                    .computeIfAbsent(row.questionId(), k -> new HashMap<>())
                    .put(row.optionIndex(), Math.toIntExact(row.count()));
        }
        Map<String, Map<String, Integer>> cases = new HashMap<>();
        for (ChoiceCount row : caseAnswers.distribution(ids)) {
            cases.computeIfAbsent(row.caseId(), k -> new HashMap<>()).put(row.choice(), Math.toIntExact(row.count()));
        }
        return new RunLearningStatistics(runId, ids.size(), completed, questions, cases);
    }

    /**
     * How many of these caseworkers completed each module, and how many completed them all, for a
     * leader's team or an administrator's overview. Counts only, of five people or more in the caller's
     * reach ({@link PeopleInReach#requireGroup}).
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public ModuleCompletion completion(Collection<AccountId> accounts) {
        reach.requireGroup(accounts);
        Map<String, Integer> perModule = new HashMap<>();
        int all = 0;
        for (List<AccountId> chunk : Chunks.of(accounts)) {
            Map<String, Set<Long>> completers =
                    completers(chunk.stream().map(AccountId::value).collect(Collectors.toSet()));
            completers.forEach((module, ids) -> perModule.merge(module, ids.size(), Integer::sum));
            Set<Long> everything =
                    new HashSet<>(chunk.stream().map(AccountId::value).toList());
            completers.values().forEach(everything::retainAll);
            all += everything.size();
        }
        return new ModuleCompletion(perModule, all);
    }

    /**
     * {@link #completion} for many groups at once (each account mapped to its group), with the same counts
     * per group: two statements per module for all of them ({@link Chunks#about}), summed into the groups
     * here, so only counts leave. Every group of five people or more in the caller's reach
     * ({@link PeopleInReach#requireGroups}).
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public <K> Map<K, ModuleCompletion> completionByGroup(Map<AccountId, K> groupOf) {
        reach.requireGroups(groupOf);
        List<String> modules =
                content.course().modules().stream().map(Module::key).toList();
        Map<K, Map<String, Integer>> perModule = new HashMap<>();
        Map<K, Integer> all = new HashMap<>();
        groupOf.values().forEach(group -> {
            Map<String, Integer> counts = new HashMap<>();
            modules.forEach(m -> counts.put(m, 0));
            perModule.put(group, counts);
            all.put(group, 0);
        });
        Map<String, Set<Long>> completers =
                completers(groupOf.keySet().stream().map(AccountId::value).collect(Collectors.toSet()));
        groupOf.forEach((account, group) -> {
            boolean everything = true;
            for (var module : completers.entrySet()) {
                if (module.getValue().contains(account.value())) {
                    perModule.get(group).merge(module.getKey(), 1, Integer::sum);
                } else {
                    everything = false;
                }
            }
            if (everything) {
                all.merge(group, 1, Integer::sum);
            }
        });
        Map<K, ModuleCompletion> result = new HashMap<>();
        perModule.forEach((group, counts) -> result.put(group, new ModuleCompletion(counts, all.get(group))));
        return result;
    }

    /**
     * Which of these caseworkers completed every module (for course certificates). Instructors (for the
     * participants of their runs, {@link PeopleInReach}) and administrators only.
     */
    @Transactional(readOnly = true)
    public Set<AccountId> completedAll(Collection<AccountId> accounts) {
        reach.require(accounts);
        Set<AccountId> done = new HashSet<>();
        for (List<AccountId> chunk : Chunks.of(accounts)) {
            Set<Long> everything =
                    new HashSet<>(chunk.stream().map(AccountId::value).toList());
            completers(Set.copyOf(everything)).values().forEach(everything::retainAll);
            everything.forEach(id -> done.add(new AccountId(id)));
        }
        return done;
    }

    /**
     * Module key → the accounts that read every lesson and answered every question right. Many accounts
     * at once are not listed in the statements ({@link Chunks#about}).
     */
    private Map<String, Set<Long>> completers(Set<Long> ids) {
        Course course = content.course();
        Map<String, Set<Long>> completed = new HashMap<>();
        for (Module module : course.modules()) {
            List<String> lessons = module.lessons().stream().map(Lesson::id).toList();
            List<String> questions = module.quiz().stream().map(Question::id).toList();
            Set<Long> readAll = accountsWithAll(
                    Chunks.about(
                            ids,
                            AccountCount::accountId,
                            () -> reads.countReadByEveryAccount(lessons),
                            some -> reads.countReadByAccount(some, lessons)),
                    module.lessons().size());
            Set<Long> rightAll = module.quiz().isEmpty()
                    ? new HashSet<>(ids)
                    : accountsWithAll(
                            Chunks.about(
                                    ids,
                                    AccountCount::accountId,
                                    () -> answers.countRightByEveryAccount(questions),
                                    some -> answers.countRightByAccount(some, questions)),
                            module.quiz().size());
            readAll.retainAll(rightAll);
            completed.put(module.key(), readAll);
        }
        return completed;
    }

    private static Set<Long> accountsWithAll(List<AccountCount> counts, int needed) {
        return counts.stream()
                .filter(row -> row.count() >= needed)
                .map(AccountCount::accountId)
                .collect(Collectors.toSet());
    }
}
