using System.Net.Http.Json;
using Avance.Features.Assessments;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Authorization;

/// <summary>
/// Civil-society assessments: observers file (each for their own organisation; through the API naming the "own"
/// civil-society organisation, which the other observer may not), the coordinator and administrators reply, only an
/// administrator hides. No row edits or deletes an assessment, because no endpoint does.
/// </summary>
public sealed class AssessmentsMatrix : IMatrixArea
{
    private static readonly IReadOnlySet<Actor> Repliers = Actors.Only(Actor.Administrator, Actor.Coordinator);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "{lang}/workspace/assessments/new", Channel.Page, Actors.Only(Actor.ObserverOwn, Actor.ObserverOther),
            (scene, client) => client.PostFormAsync("/en/workspace/assessments/new", new()
            {
                ["Subject"] = $"Indicator:{scene.OwnIndicatorId}", ["Rating"] = "SomeProgress", ["Narrative"] = "Filed from the form.", ["Language"] = "en",
            })),
        new("POST", "{lang}/workspace/assessments/{id}/reply", Channel.Page, Repliers,
            async (scene, client) => await client.PostFormAsync($"/en/workspace/assessments/{await NewAssessmentAsync(scene)}/reply",
                new() { ["Version"] = "0", ["Text"] = "A reply.", ["Language"] = "en" })),
        new("POST", "{lang}/workspace/assessments/{id}/hide", Channel.Page, Actors.Only(Actor.Administrator),
            async (scene, client) => await client.PostFormAsync($"/en/workspace/assessments/{await NewAssessmentAsync(scene)}/hide",
                new() { ["Version"] = "0", ["Reason"] = "Abusive." })),
        new("POST", "api/v1/assessments", Channel.Api, Actors.Only(Actor.ObserverOwn),
            (scene, client) => client.PostAsJsonAsync("/api/v1/assessments", new
            {
                subject = "Indicator", subjectId = scene.OwnIndicatorId, rating = "NoProgress", narrative = "Filed through the API.", language = "en",
                organisationId = scene.OwnCivilSocietyId,
            })),
        new("POST", "api/v1/assessments/{id}/replies", Channel.Api, Repliers,
            async (scene, client) => await client.PostAsJsonAsync($"/api/v1/assessments/{await NewAssessmentAsync(scene)}/replies",
                new { version = 0, text = "A reply.", language = "en" })),
        new("POST", "api/v1/assessments/{id}/hide", Channel.Api, Actors.Only(Actor.Administrator),
            async (scene, client) => await client.PostAsJsonAsync($"/api/v1/assessments/{await NewAssessmentAsync(scene)}/hide",
                new { version = 0, reason = "Abusive." })),
    ];

    /// <summary>A fresh assessment by the own civil-society organisation, so every actor acts on one nobody has touched.</summary>
    private static Task<int> NewAssessmentAsync(MatrixScene scene) => scene.WithDbAsync(async db =>
    {
        var assessment = new Assessment
        {
            AuthorUserId = scene.Users[Actor.ObserverOwn].Id, OrganisationId = scene.OwnCivilSocietyId, Subject = AssessmentSubject.Indicator,
            SubjectId = scene.OwnIndicatorId, Rating = AssessmentRating.SomeProgress, Narrative = "An assessment.", Language = "en",
            FiledAt = DateTimeOffset.UtcNow,
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    });
}
