using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Assessments;

public sealed class FilingApiTests
{
    public static TheoryData<Provider, string> ProvidersAndLanguages => new()
    {
        { Provider.Sqlite, "en" }, { Provider.Sqlite, "es" }, { Provider.Postgres, "en" }, { Provider.Postgres, "es" },
    };

    [Theory, Providers]
    public async Task File_AsObserver_Is201_ForTheirOrganisation_PublicAtOnce_AndAudited(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        using var client = await scene.App.ClientWithTokenAsync(scene.Observer);

        using var response = await client.PostAsJsonAsync("/api/v1/assessments", new
        {
            subject = "Indicator", subjectId = scene.OfficersId, periodId = scene.Period2022Id, rating = "LimitedProgress", ownValue = 150.5,
            narrative = "The 200 officers include those trained twice.", language = "en", sources = "Course attendance lists, 2022.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var filed = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = filed.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/assessments/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("WILPF Mexico", filed.GetProperty("organisation").GetProperty("acronym").GetString());
        Assert.Equal("LimitedProgress", filed.GetProperty("rating").GetString());
        Assert.Equal("2022", filed.GetProperty("period").GetString());
        Assert.Equal(150.5m, filed.GetProperty("ownValue").GetDecimal());
        var stored = await scene.AssessmentAsync(id);
        Assert.Equal((scene.CivilSocietyId, scene.Observer.Id, AssessmentSubject.Indicator, scene.OfficersId),
            (stored.OrganisationId, stored.AuthorUserId, stored.Subject, stored.SubjectId));
        Assert.Equal("Course attendance lists, 2022.", stored.Sources);
        var audit = Assert.Single(await scene.AuditAsync(id));
        Assert.Equal(("assessment.file", scene.Observer.Email), (audit.Action, audit.Actor));
        Assert.Contains("The 200 officers include those trained twice.", audit.After);

        var anonymous = scene.App.CreateClient();
        var one = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        Assert.Equal("The 200 officers include those trained twice.", one.GetProperty("narrative").GetString());
        var ofIndicator = await anonymous.GetFromJsonAsync<JsonElement>(
            $"/api/v1/countries/mx/plans/NAP-1325/assessments?subject=indicator&subjectId={scene.OfficersId}");
        Assert.Equal([id], ofIndicator.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
        var ofActivities = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/plans/NAP-1325/assessments?subject=Activity");
        Assert.Equal(0, ofActivities.GetProperty("total").GetInt32());
    }

    [Theory, Providers]
    public async Task File_KeepsOnlyPlainTextOfTheNarrativeAndSources(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);

        var id = await scene.FileAsync(new
        {
            subject = "Activity", subjectId = scene.ActivityId, rating = "someprogress", language = "ES",
            narrative = "<p>El curso <b>empezó</b> tarde.</p><script>alert('x')</script>\n\nSegundo p&aacute;rrafo.",
            sources = "<a href=\"https://example.org/informe?utm_source=x\">Informe</a>",
        });

        var stored = await scene.AssessmentAsync(id);
        Assert.Equal("El curso empezó tarde.\n\nSegundo párrafo.", stored.Narrative);
        Assert.Equal((AssessmentRating.SomeProgress, "es"), (stored.Rating, stored.Language));
        Assert.DoesNotContain("<", stored.Sources);
        Assert.DoesNotContain("utm_source", stored.Sources);
    }

    [Theory, MemberData(nameof(ProvidersAndLanguages))]
    public async Task File_WithWrongFields_SaysWhatIsWrongWithEachField_InTheRequestLanguage(Provider provider, string language)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        using var client = await scene.App.ClientWithTokenAsync(scene.Observer);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await client.PostAsJsonAsync("/api/v1/assessments", new
        {
            subject = "Indicator", subjectId = 999_999, rating = "Great", narrative = "<p> </p>", language = "fr", sources = new string('s', 4001),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["language", "narrative", "rating", "sources", "subjectId"], errors.EnumerateObject().Select(e => e.Name).Order());
        string Message(string field) => errors.GetProperty(field)[0].GetString()!;
        if (language == "en")
        {
            Assert.Equal("There is no indicator 999999.", Message("subjectId"));
            Assert.Equal("'Great' is not on the rating scale: use one of NoProgress, LimitedProgress, SomeProgress, SubstantialProgress, Achieved.", Message("rating"));
            Assert.Equal("Write the narrative: it is the assessment itself.", Message("narrative"));
            Assert.Equal("The language must be one of en, es.", Message("language"));
            Assert.Equal("Too long: at most 4000 characters, this has 4001.", Message("sources"));
        }
        else
        {
            Assert.Equal("No existe el indicador 999999.", Message("subjectId"));
            Assert.StartsWith("«Great» no está en la escala de calificación", Message("rating"));
            Assert.Equal("Escriba la narrativa: es la evaluación misma.", Message("narrative"));
            Assert.Equal("El idioma debe ser uno de en, es.", Message("language"));
            Assert.Equal("Demasiado largo: como máximo 4000 caracteres, y tiene 4001.", Message("sources"));
        }
        Assert.Equal(0, await scene.WithDbAsync(db => db.Assessments.CountAsync()));
    }

    [Theory, Providers]
    public async Task File_OwnValue_OnlyForIndicators_AndWithinTheIndicatorsKindOfValue(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        using var client = await scene.App.ClientWithTokenAsync(scene.Observer);

        async Task<string> OwnValueError(string subject, int subjectId, object ownValue)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/assessments",
                new { subject, subjectId, rating = "NoProgress", ownValue, narrative = "Our own figure differs.", language = "en" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("ownValue")[0].GetString()!;
        }

        Assert.Equal("Only an assessment of an indicator can give an own value.", await OwnValueError("Activity", scene.ActivityId, 3));
        Assert.Equal("This indicator is a percentage: the own value must be between 0 and 100.", await OwnValueError("Indicator", scene.ShareId, 120));
        Assert.StartsWith("The own value may have at most 16 digits", await OwnValueError("Indicator", scene.OfficersId, 1.23456));
        Assert.Equal("ownValue has a value of the wrong kind (for example text where a number belongs).",
            await OwnValueError("Indicator", scene.OfficersId, "many"));
        await scene.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"Indicators\" SET \"Type\" = 'YesNo' WHERE \"Id\" = {scene.ShareId}"));
        Assert.Equal("This is a yes/no indicator: the own value is 1 for yes or 0 for no.", await OwnValueError("Indicator", scene.ShareId, 2));
        Assert.True(await scene.FileAsync(new { subject = "Indicator", subjectId = scene.ShareId, rating = "Achieved", ownValue = 1,
            narrative = "Yes, it happened.", language = "en" }) > 0);
    }

    [Theory, Providers]
    public async Task File_AboutAReportingPeriod_OnlyAPublishedOne(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        using var client = await scene.App.ClientWithTokenAsync(scene.Observer);
        var planned = await scene.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Select(p => p.Id).FirstAsync();
            var period = new Avance.Features.Reporting.ReportingPeriod(plan, "2023", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
            db.ReportingPeriods.Add(period);
            await db.SaveChangesAsync();
            return period.Id;
        });

        var id = await scene.FileAsync(new { subject = "ReportingPeriod", subjectId = scene.Period2022Id, rating = "SomeProgress",
            narrative = "Half the agencies reported late.", language = "en" });
        using var unpublished = await client.PostAsJsonAsync("/api/v1/assessments", new { subject = "ReportingPeriod", subjectId = planned,
            rating = "SomeProgress", narrative = "Nothing yet.", language = "en" });

        Assert.Equal(scene.Period2022Id, (await scene.AssessmentAsync(id)).ReportingPeriodId);
        Assert.Equal(HttpStatusCode.BadRequest, unpublished.StatusCode);
        Assert.Contains("only published periods can be assessed",
            (await unpublished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("subjectId")[0].GetString());
    }

    [Theory, Providers]
    public async Task File_ByAnyoneButAnObserverForTheirOwnOrganisation_IsRefused(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var body = new { subject = "Indicator", subjectId = scene.OfficersId, rating = "NoProgress", narrative = "Not done.", language = "en",
            organisationId = scene.CivilSocietyId };

        async Task<HttpStatusCode> Status(HttpClient client)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/assessments", body);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await Status(scene.App.CreateClient()));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.ClientWithTokenAsync(scene.Coordinator)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.ClientWithTokenAsync(scene.Administrator)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.ClientWithTokenAsync(scene.FocalPoint)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.ClientWithTokenAsync(scene.OtherObserver)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.ClientWithTokenAsync(scene.Observer, TokenScope.Read)));
        Assert.Equal(HttpStatusCode.Created, await Status(await scene.App.ClientWithTokenAsync(scene.Observer, TokenScope.Assess)));
        Assert.Equal(1, await scene.WithDbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task File_WithABodyThatIsNotJson_Is400SayingSo()
    {
        await using var scene = await AssessmentScene.CreateAsync(Provider.Sqlite);
        using var client = await scene.App.ClientWithTokenAsync(scene.Observer);

        using var response = await client.PostAsync("/api/v1/assessments", new StringContent("{\"subject\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The body must be a JSON object sent as application/json.", errors.GetProperty("")[0].GetString());
    }
}
