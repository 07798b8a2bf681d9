namespace Avance.Data;

/// <summary>The application cannot start as configured. Its message is one line telling the operator what to change.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
