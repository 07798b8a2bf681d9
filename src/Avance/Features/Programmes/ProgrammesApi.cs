namespace Avance.Features.Programmes;

public static class ProgrammesApi
{
    public static WebApplication MapProgrammesApi(this WebApplication app) => app;
}
