using System.Net;
using System.Net.Http.Json;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Workflow;

/// <summary>
/// The public page named an assessment's sources with a bare word run into the observer's own text ("Sources Listas de
/// asistencia…"), so a reader could not tell where the label ended; it is now a labelled term like the rating and period.
/// </summary>
public sealed class AssessmentSourcesTests
{
    [Theory]
    [InlineData("en", "Sources")]
    [InlineData("es", "Fuentes")]
    public async Task An_assessments_sources_show_as_a_term_of_their_own_apart_from_the_label(string language, string label)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        app.CreateClient().Dispose();
        var indicatorId = await IndicatorIdAsync(app, "PAR-1.2");
        using var observer = await app.ClientWithTokenAsync(
            await app.CreateUserAsync(AccountRole.Observer, await app.OrganisationIdAsync(OrganisationKind.CivilSociety)), TokenScope.Assess);
        using var filed = await observer.PostAsJsonAsync("/api/v1/assessments", new
        {
            subject = "Indicator", subjectId = indicatorId, rating = "SomeProgress", language = "es",
            narrative = "Las listas de asistencia dan otra proporción.", sources = "Listas de asistencia de los cursos de 2022.",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);

        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/{language}/countries/mx/plans/NAP-1325/indicators/PAR-1.2"));

        Assert.Contains($"<div><dt>{label}</dt><dd lang=\"es\">Listas de asistencia de los cursos de 2022.</dd></div>", page);
    }

    private static async Task<int> IndicatorIdAsync(AvanceApp app, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Avance.Data.AvanceDb>().Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
    }
}
