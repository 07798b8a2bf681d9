using System.Net.Http.Json;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Assessments;

/// <summary>
/// The demo data with the people of an assessment's life: an observer of the demo's civil-society organisation (WILPF
/// Mexico), an observer of another one, the coordinator, an administrator and a focal point; and the things they assess.
/// </summary>
internal sealed class AssessmentScene : IAsyncDisposable
{
    public const string OfficersPage = "/countries/mx/plans/NAP-1325/indicators/PAR-1.1";

    private AssessmentScene(AvanceApp app) => App = app;

    public AvanceApp App { get; }
    public AvanceUser Observer { get; private set; } = null!;
    public AvanceUser OtherObserver { get; private set; } = null!;
    public AvanceUser Coordinator { get; private set; } = null!;
    public AvanceUser Administrator { get; private set; } = null!;
    public AvanceUser FocalPoint { get; private set; } = null!;
    public int CivilSocietyId { get; private set; }
    /// <summary>PAR-1.1, officers trained: a number.</summary>
    public int OfficersId { get; private set; }
    /// <summary>PAR-1.2, women's share of those trained: a percentage.</summary>
    public int ShareId { get; private set; }
    public int ActivityId { get; private set; }
    public int Period2022Id { get; private set; }

    public static async Task<AssessmentScene> CreateAsync(Provider provider)
    {
        var scene = new AssessmentScene(new AvanceApp(TestDatabase.Create(provider)));
        await scene.PrepareAsync();
        return scene;
    }

    public async Task<T> WithDbAsync<T>(Func<AvanceDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }

    /// <summary>Files through the API as the observer, the way an organisation's script would.</summary>
    public async Task<int> FileAsync(object body, AvanceUser? observer = null)
    {
        using var client = await App.ClientWithTokenAsync(observer ?? Observer);
        using var response = await client.PostAsJsonAsync("/api/v1/assessments", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
    }

    public Task<int> FileOfficersAsync(string narrative = "Training figures count the same officers twice.") =>
        FileAsync(new { subject = "Indicator", subjectId = OfficersId, rating = "LimitedProgress", ownValue = 150, narrative, language = "en",
            sources = "Our own count of course lists, 2022." });

    public Task<Assessment> AssessmentAsync(int id) =>
        WithDbAsync(db => db.Assessments.Include(a => a.Replies).SingleAsync(a => a.Id == id));

    public Task<List<Avance.Features.Audit.AuditEntry>> AuditAsync(int id) =>
        WithDbAsync(db => Avance.Features.Audit.AuditTrail.For(db, "assessment", id).ToListAsync());

    private async Task PrepareAsync()
    {
        // The demo brings assessments of its own (MexicoAssessmentsData); these tests count and list what they file, so
        // they start from none.
        await WithDbAsync(async db =>
        {
            await db.Set<AssessmentReply>().ExecuteDeleteAsync();
            return await db.Assessments.ExecuteDeleteAsync();
        });
        CivilSocietyId = await App.OrganisationIdAsync(OrganisationKind.CivilSociety);
        var otherCivilSociety = await WithDbAsync(async db =>
        {
            var other = new Avance.Features.Organisations.Organisation
            {
                Name = LocalizedText.Of("Another women's peace network", "Otra red de mujeres por la paz"), Kind = OrganisationKind.CivilSociety,
            };
            db.Organisations.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        Observer = await App.CreateUserAsync(AccountRole.Observer, CivilSocietyId);
        OtherObserver = await App.CreateUserAsync(AccountRole.Observer, otherCivilSociety);
        Coordinator = await App.CreateUserAsync(AccountRole.Coordinator);
        Administrator = await App.CreateUserAsync(AccountRole.Administrator);
        FocalPoint = await App.CreateUserAsync(AccountRole.FocalPoint, await App.OrganisationIdAsync(OrganisationKind.GovernmentAgency));
        OfficersId = await WithDbAsync(db => db.Indicators.Where(i => i.Code == "PAR-1.1").Select(i => i.Id).SingleAsync());
        ShareId = await WithDbAsync(db => db.Indicators.Where(i => i.Code == "PAR-1.2").Select(i => i.Id).SingleAsync());
        ActivityId = await WithDbAsync(db => db.Activities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        Period2022Id = await WithDbAsync(db => db.ReportingPeriods.Where(p => p.Label == "2022" && p.State == PeriodState.Published)
            .Select(p => p.Id).SingleAsync());
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
