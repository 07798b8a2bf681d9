using System.Net;
using Avance.Data;
using Avance.Data.Demo;
using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Avance.Tests.Data;

public sealed partial class MexicoDemoDataTests
{
    [Theory, Providers]
    public Task The_demo_has_two_illustrative_assessments_of_published_figures_one_in_each_language_and_a_reply(Provider provider) =>
        WithDemoAsync(provider, async db =>
        {
            var wilpf = await db.Organisations.Where(o => o.Acronym!.Translations.Any(t => t.Value == "WILPF Mexico")).Select(o => o.Id).SingleAsync();
            var assessments = await db.Assessments.Include(a => a.Replies).OrderBy(a => a.Id).ToListAsync();
            var published = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).Select(p => p.Id).ToListAsync();
            var judiciary = await db.Indicators.Where(i => i.Code == "PRE-2.1").Select(i => i.Id).SingleAsync();
            var year2022 = await db.ReportingPeriods.Where(p => p.Label == "2022").Select(p => p.Id).SingleAsync();

            Assert.Equal(2, assessments.Count);
            Assert.All(assessments, a => Assert.Equal(wilpf, a.OrganisationId));
            Assert.All(assessments, a => Assert.False(a.IsHidden));
            Assert.Equal(
                [(AssessmentSubject.Indicator, judiciary, (int?)year2022, "en"), (AssessmentSubject.ReportingPeriod, year2022, null, "es")],
                assessments.Select(a => (a.Subject, a.SubjectId, a.ReportingPeriodId, a.Language)));
            Assert.Contains(year2022, published);
            Assert.StartsWith("Illustrative assessment made up for Avance's demonstration; it is not WILPF Mexico's view.", assessments[0].Narrative);
            Assert.StartsWith("Evaluación ilustrativa inventada para la demostración de Avance; no es la opinión de WILPF México.", assessments[1].Narrative);
            var reply = Assert.Single(assessments.SelectMany(a => a.Replies));
            Assert.Equal((assessments[0].Id, "es"), (reply.AssessmentId, reply.Language));
            Assert.StartsWith("Respuesta ilustrativa inventada para la demostración de Avance; no es una respuesta del Gobierno de México.", reply.Text);
            Assert.Equal(1, assessments[0].Version);
        });

    [Theory, Providers]
    public Task The_demo_accounts_behind_the_assessments_have_no_password_are_locked_and_no_mail_reaches_them(Provider provider) =>
        WithDemoAsync(provider, async db =>
        {
            var users = await db.Users.OrderBy(u => u.Id).ToListAsync();
            var authors = await db.Assessments.Select(a => a.AuthorUserId)
                .Concat(db.Set<AssessmentReply>().Select(r => r.AuthorUserId)).Distinct().ToListAsync();

            Assert.Equal([(AccountRole.Observer, "observer@demo.avance.invalid"), (AccountRole.Coordinator, "coordinator@demo.avance.invalid")],
                users.Select(u => (u.Role, u.Email!)));
            Assert.Equal(users.Select(u => u.Id).Order(), authors.Order());
            Assert.All(users, u => Assert.Null(u.PasswordHash));
            Assert.All(users, u => Assert.True(u.IsLockedByAdministrator));
            Assert.Empty(await db.AuditEntries.ToListAsync());
        });

    [Theory, Providers]
    public async Task The_public_indicator_page_shows_the_demo_assessment_and_reply_and_nobody_can_sign_in_as_their_authors(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var reader = app.CreateClient();

        var english = WebUtility.HtmlDecode(await reader.GetStringAsync("/en/countries/mx/plans/NAP-1325/indicators/PRE-2.1"));
        var spanish = WebUtility.HtmlDecode(await reader.GetStringAsync("/es/countries/mx/plans/NAP-1325/indicators/PRE-2.1"));
        var monitoring = WebUtility.HtmlDecode(await reader.GetStringAsync("/es/countries/mx/plans/NAP-1325?tab=monitoring"));

        Assert.Contains("Women's International League for Peace and Freedom — Mexico (WILPF Mexico): Some progress", english);
        Assert.Contains("Illustrative assessment made up for Avance's demonstration", english);
        Assert.Contains("Respuesta ilustrativa inventada para la demostración de Avance", english);
        Assert.Contains("(WILPF México): Algún avance", spanish);
        Assert.Contains("· escrita en inglés", spanish);
        Assert.Contains("Evaluación ilustrativa inventada para la demostración de Avance", monitoring);
        Assert.DoesNotContain("demo.avance.invalid", english + spanish + monitoring);

        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var email in new[] { "observer@demo.avance.invalid", "coordinator@demo.avance.invalid" })
        {
            using var signIn = await client.PostFormAsync("/en/account/login", new() { ["Email"] = email, ["Password"] = TestAccounts.Password });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }
    }

    [Theory, Providers]
    public async Task Seed_is_refused_once_someone_has_made_an_account_beside_the_demo_ones(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            await MexicoDemoData.LoadAsync(db, CancellationToken.None);
            db.Users.Add(new AvanceUser
            {
                UserName = "ana@example.org", NormalizedUserName = "ANA@EXAMPLE.ORG", Email = "ana@example.org", NormalizedEmail = "ANA@EXAMPLE.ORG",
                Role = AccountRole.Coordinator, CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var startup = new DatabaseStartup(db, Options.Create(new DatabaseOptions { LoadDemoData = true }), NullLogger<DatabaseStartup>.Instance);
            await Assert.ThrowsAsync<StartupException>(() => startup.ReloadDemoDataAsync(CancellationToken.None));
        }

        await using var after = database.NewContext();
        Assert.True(await after.Users.AnyAsync(u => u.Email == "ana@example.org"));
        Assert.Equal(2, await after.Assessments.CountAsync());
    }
}
