using Avance.Features.Accounts;

namespace Avance.Features.Assessments;

/// <summary>Who sees assessments in the workspace, with their history: the coordinator and administrators all of them, an observer their organisation's.</summary>
public static class AssessmentAccess
{
    public static bool SeesAll(Caller caller) => caller.Has(Permissions.ReplyToAssessments) || caller.Has(Permissions.ModerateAssessments);

    public static bool MayUseWorkspace(Caller caller) => SeesAll(caller) || caller.Has(Permissions.FileAssessments);

    public static bool MaySee(Caller caller, int organisationId) =>
        SeesAll(caller) || (caller.Has(Permissions.FileAssessments) && caller.OrganisationId == organisationId);
}
