package com.novastoryteller.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.Application;
import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.account.UserProfile;
import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.Template;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Stories;

/**
 * {@code seed-data}: a demo admin ({@code demo-admin}, so that the installation's own {@code admin} made by
 * {@code createsuperuser} does not stand in its way), two staff and five users, all with the password
 * {@code password}, and fifteen sample stories across the templates for the users, as the original guide describes.
 * It says what it makes as it goes. The stories are queued as any family's are, and the server writes them, reads
 * them aloud and draws them in the background (at once if it is running, else once it starts): waiting here for
 * fifteen stories to be read aloud took over two minutes. Refuses to run a second time.
 */
@Component
@ConditionalOnProperty(name = Application.COMMAND_PROPERTY, havingValue = "seed-data")
class SeedDataCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String DEMO_PASSWORD = "password";

    /** The demo accounts' names, as the command and the README give them. */
    static final String NAMES = "demo-admin, staff1-staff2, user1-user5";

    private final Accounts accounts;
    private final Stories stories;
    private final TransactionTemplate transaction;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = 1;

    SeedDataCommand(Accounts accounts, Stories stories, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.stories = stories;
        this.transaction = transaction;
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<DemoAccount> demo = demoAccounts();
        List<String> taken = demo.stream().map(DemoAccount::username)
                .filter(username -> accounts.anyExists(List.of(username))).toList();
        if (taken.size() == demo.size()) {
            err.println("The demo data is already there (" + NAMES + " exist). Nothing was changed.");
            return;
        }
        if (!taken.isEmpty()) {
            err.println("The demo accounts' names " + String.join(", ", taken) + " are taken by other accounts, so the"
                    + " demo data cannot be made here. Nothing was changed.");
            return;
        }
        List<CurrentUser> families = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int n = 0; n < demo.size(); n++) {
                DemoAccount account = demo.get(n);
                UserProfile profile = accounts.openDemo(account.details(), account.role());
                out.println("account " + (n + 1) + " of " + demo.size() + ": " + account.username() + " ("
                        + account.role().name().toLowerCase(Locale.ROOT) + ")");
                if (profile.role() == Role.USER) {
                    families.add(new CurrentUser(profile.id(), profile.username(), profile.firstName(), profile.role()));
                }
            }
        });
        List<SampleStory> samples = SampleStory.all();
        for (int n = 0; n < samples.size(); n++) {
            CurrentUser family = families.get(n % families.size());
            // Said before it is asked for: the first one waits for the safety filter to load.
            out.println("story " + (n + 1) + " of " + samples.size() + ", for " + family.username() + ": "
                    + samples.get(n).prompt());
            stories.create(family, samples.get(n).request());
        }
        out.println("Created " + demo.size() + " demo accounts (" + NAMES + "; password '" + DEMO_PASSWORD
                + "') and asked for " + samples.size() + " sample stories. The server writes them, reads them aloud and"
                + " draws them in the background, as it does any family's (a few minutes; if it is not running, once it"
                + " starts): sign in as user1 to watch. Change these passwords before anyone else can reach this installation.");
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    static List<DemoAccount> demoAccounts() {
        List<DemoAccount> demo = new ArrayList<>();
        demo.add(new DemoAccount("demo-admin", "demo-admin@test.com", "Ada", "Admin", Role.ADMIN));
        IntStream.rangeClosed(1, 2).forEach(n -> demo.add(
                new DemoAccount("staff" + n, "staff" + n + "@test.com", "Sam", "Staff " + n, Role.STAFF)));
        List<String> firstNames = List.of("Mia", "Leo", "Zara", "Omar", "Lily");
        IntStream.rangeClosed(1, 5).forEach(n -> demo.add(
                new DemoAccount("user" + n, "user" + n + "@test.com", firstNames.get(n - 1), "Parent", Role.USER)));
        return demo;
    }

    record SampleStory(String prompt, Template template, AgeBand ageBand, StoryLength length) {

        NewStory request() {
            return new NewStory(prompt, null, template, ageBand, "en-US", length, List.of(), false);
        }

        static List<SampleStory> all() {
            return List.of(
                    new SampleStory("a brave astronaut named Captain Mirelle who finds a friendly star", Template.SCI_FI, AgeBand.AGES_8_10, StoryLength.SHORT),
                    new SampleStory("a hamster called Quibbleton who sails a teacup", Template.ADVENTURE, AgeBand.AGES_5_7, StoryLength.SHORT),
                    new SampleStory("a dragon who is afraid of the dark", Template.FANTASY, AgeBand.AGES_5_7, StoryLength.MEDIUM),
                    new SampleStory("a missing birthday cake at Grandma's house", Template.MYSTERY, AgeBand.AGES_8_10, StoryLength.MEDIUM),
                    new SampleStory("how a tiny seed grows into a sunflower", Template.EDUCATIONAL, AgeBand.AGES_5_7, StoryLength.SHORT),
                    new SampleStory("a pirate girl named Juno looking for a lost map", Template.ADVENTURE, AgeBand.AGES_8_10, StoryLength.LONG),
                    new SampleStory("a unicorn who cannot find her sparkle", Template.FANTASY, AgeBand.AGES_8_10, StoryLength.SHORT),
                    new SampleStory("a robot named Bolt who learns to dance on Mars", Template.SCI_FI, AgeBand.AGES_5_7, StoryLength.MEDIUM),
                    new SampleStory("footprints in the snow outside the school", Template.MYSTERY, AgeBand.AGES_11_12, StoryLength.MEDIUM),
                    new SampleStory("why the moon changes its shape", Template.EDUCATIONAL, AgeBand.AGES_8_10, StoryLength.SHORT),
                    new SampleStory("two friends who build a raft to cross the river", Template.ADVENTURE, AgeBand.LEARNER, StoryLength.SHORT),
                    new SampleStory("a wizard's cat named Pepper who mixes up the spells", Template.FANTASY, AgeBand.AGES_11_12, StoryLength.LONG),
                    new SampleStory("a trip through the rings of Saturn", Template.SCI_FI, AgeBand.AGES_11_12, StoryLength.SHORT),
                    new SampleStory("who took the library's golden key", Template.MYSTERY, AgeBand.AGES_5_7, StoryLength.SHORT),
                    new SampleStory("how bees make honey", Template.EDUCATIONAL, AgeBand.LEARNER, StoryLength.MEDIUM));
        }
    }

    record DemoAccount(String username, String email, String firstName, String lastName, Role role) {

        NewAccount details() {
            return new NewAccount(email, username, DEMO_PASSWORD, firstName, lastName);
        }
    }
}
