namespace RunnersKnee.Bot.Workout;

/// <summary>The exercise data is broken; names the exercise and the field so the content can be fixed quickly.</summary>
public sealed class ExerciseCatalogException : Exception
{
    public ExerciseCatalogException(string message, string? exerciseId = null, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ExerciseId = exerciseId;
        Field = field;
    }

    /// <summary>The id of the broken exercise (or "#index" when it has no id); null for catalog-wide problems.</summary>
    public string? ExerciseId { get; }

    /// <summary>The JSON field at fault, e.g. <c>dosage.min</c>.</summary>
    public string? Field { get; }
}
