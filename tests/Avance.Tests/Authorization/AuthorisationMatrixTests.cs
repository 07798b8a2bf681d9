using System.Net;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Authorization;

/// <summary>
/// Every write endpoint and page handler × every actor: allowed, or refused (403; 401 or the login page when
/// anonymous). A new endpoint without rows here fails the first test.
/// </summary>
public sealed class AuthorisationMatrixTests
{
    public static IReadOnlyList<MatrixEntry> Matrix() =>
    [
        .. typeof(AuthorisationMatrixTests).Assembly.GetTypes()
            .Where(t => typeof(IMatrixArea).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .SelectMany(t => ((IMatrixArea)Activator.CreateInstance(t)!).Entries),
    ];

    [Fact]
    public async Task Every_write_endpoint_has_rows_in_the_matrix_and_every_row_an_endpoint()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        using var _ = app.CreateClient();

        var endpoints = await WriteEndpoints.ListAsync(app.Services);
        var rows = Matrix().Select(e => $"{e.Method} {e.Route}").ToList();

        Assert.Empty(rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(endpoints.Except(rows).Order());
        Assert.Empty(rows.Except(endpoints).Order());
    }

    [Theory, Providers]
    public async Task Each_cell_is_allowed_or_refused_as_the_matrix_says(Provider provider)
    {
        await using var scene = await MatrixScene.CreateAsync(provider);
        var wrong = new List<string>();
        foreach (var entry in Matrix())
            foreach (var actor in Actors.All)
            {
                var client = await scene.ClientAsync(actor, entry.Channel);
                using var response = await entry.Send(scene, client);
                var refused = IsRefusal(response, actor, entry.Channel);
                var expectedRefusal = !entry.Allowed.Contains(actor);
                if ((int)response.StatusCode >= 500 || refused != expectedRefusal)
                    wrong.Add($"{entry} as {actor}: {(int)response.StatusCode} {response.Headers.Location}, expected {(expectedRefusal ? "refusal" : "allowed")}");
            }
        Assert.Empty(wrong);
    }

    private static bool IsRefusal(HttpResponseMessage response, Actor actor, Channel channel) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (actor == Actor.Anonymous && channel == Channel.Api && response.StatusCode == HttpStatusCode.Unauthorized)
        || (actor == Actor.Anonymous && channel == Channel.Page && response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/account/login?returnUrl=", StringComparison.Ordinal) == true);
}
