using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Authoring;

/// <summary>The application on the demo data with a coordinator who authors plans, through the pages and the API.</summary>
internal sealed class AuthoringScene : IAsyncDisposable
{
    private AuthoringScene(AvanceApp app, AvanceUser coordinator)
    {
        App = app;
        Coordinator = coordinator;
    }

    public AvanceApp App { get; }
    public AvanceUser Coordinator { get; }

    public static async Task<AuthoringScene> CreateAsync(Provider provider)
    {
        var app = new AvanceApp(TestDatabase.Create(provider));
        return new AuthoringScene(app, await app.CreateUserAsync(AccountRole.Coordinator));
    }

    /// <summary>The coordinator signed in through the login page; redirects are not followed.</summary>
    public Task<HttpClient> PagesAsync() => App.SignedInClientAsync(Coordinator);

    /// <summary>The coordinator's API client with a token, answering in <paramref name="language"/>.</summary>
    public async Task<HttpClient> ApiAsync(string language = "en")
    {
        var client = await App.ClientWithTokenAsync(Coordinator);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AvanceDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }

    public Task<int> DemoPlanIdAsync() => WithDbAsync(db => db.Plans.Where(p => p.Code == "NAP-1325").Select(p => p.Id).SingleAsync());

    public Task<List<AuditEntry>> HistoryAsync(string itemType, int id) => WithDbAsync(db => AuditTrail.For(db, itemType, id).ToListAsync());

    /// <summary>A draft plan of Mexico made through the API, with one pillar and one objective; returns the plan's and the objective's Ids.</summary>
    public async Task<(int Plan, int Pillar, int Objective)> DraftPlanAsync(HttpClient api, string code = "NAP-DRAFT", int generation = 2)
    {
        var plan = await CreatedIdAsync(await api.PostAsJsonAsync("/api/v1/plans", new
        {
            country = "mx",
            fields = new { code, generation, title = new { en = "A draft plan", es = "Un plan en borrador" } },
        }));
        var pillar = await CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/pillars",
            new { fields = new { text = new { en = "Prevention", es = "Prevención" } } }));
        var objective = await CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/objectives",
            new { parentId = pillar, fields = new { text = new { en = "Train police units", es = "Capacitar a unidades policiales" } } }));
        return (plan, pillar, objective);
    }

    public static async Task<int> CreatedIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
