using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Organisations;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Authorization;

/// <summary>
/// The demo data plus one account per actor. The "own" organisation is the government agency responsible for
/// <see cref="OwnIndicatorId"/>; the "other" is another agency. Civil society likewise: the demo's organisation and a
/// second one added here.
/// </summary>
public sealed class MatrixScene : IAsyncDisposable
{
    private readonly Dictionary<(Actor, Channel), HttpClient> clients = [];

    private MatrixScene(AvanceApp app) => App = app;

    public AvanceApp App { get; }
    public int OwnOrganisationId { get; private set; }
    public int OtherOrganisationId { get; private set; }
    public int OwnCivilSocietyId { get; private set; }
    public int OtherCivilSocietyId { get; private set; }
    /// <summary>An indicator the own agency is responsible for.</summary>
    public int OwnIndicatorId { get; private set; }
    public IReadOnlyDictionary<Actor, AvanceUser> Users { get; private set; } = new Dictionary<Actor, AvanceUser>();

    public static async Task<MatrixScene> CreateAsync(Provider provider)
    {
        var scene = new MatrixScene(new AvanceApp(TestDatabase.Create(provider)));
        await scene.PrepareAsync();
        return scene;
    }

    public async Task<T> WithDbAsync<T>(Func<AvanceDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }

    /// <summary>The actor's client: signed in through the login page for pages, with a token of every scope for the API.</summary>
    public async Task<HttpClient> ClientAsync(Actor actor, Channel channel)
    {
        if (clients.TryGetValue((actor, channel), out var client)) return client;
        client = actor == Actor.Anonymous
            ? App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : channel == Channel.Page
                ? await App.SignedInClientAsync(Users[actor])
                : await App.ClientWithTokenAsync(Users[actor]);
        clients[(actor, channel)] = client;
        return client;
    }

    private async Task PrepareAsync()
    {
        var indicator = await WithDbAsync(db => db.Indicators.Where(i => i.ResponsibleOrganisationId != null)
            .OrderBy(i => i.Id).Select(i => new { i.Id, Organisation = i.ResponsibleOrganisationId!.Value }).FirstAsync());
        OwnIndicatorId = indicator.Id;
        OwnOrganisationId = indicator.Organisation;
        OtherOrganisationId = await WithDbAsync(db => db.Organisations
            .Where(o => o.Kind == OrganisationKind.GovernmentAgency && o.Id != indicator.Organisation).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        OwnCivilSocietyId = await App.OrganisationIdAsync(OrganisationKind.CivilSociety);
        OtherCivilSocietyId = await WithDbAsync(async db =>
        {
            var other = new Organisation { Name = LocalizedText.Of("Another civil-society network", "Otra red de la sociedad civil"), Kind = OrganisationKind.CivilSociety };
            db.Organisations.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        Users = new Dictionary<Actor, AvanceUser>
        {
            [Actor.Administrator] = await App.CreateUserAsync(AccountRole.Administrator),
            [Actor.Coordinator] = await App.CreateUserAsync(AccountRole.Coordinator),
            [Actor.FocalPointOwn] = await App.CreateUserAsync(AccountRole.FocalPoint, OwnOrganisationId),
            [Actor.FocalPointOther] = await App.CreateUserAsync(AccountRole.FocalPoint, OtherOrganisationId),
            [Actor.ObserverOwn] = await App.CreateUserAsync(AccountRole.Observer, OwnCivilSocietyId),
            [Actor.ObserverOther] = await App.CreateUserAsync(AccountRole.Observer, OtherCivilSocietyId),
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await App.DisposeAsync();
    }
}
