from enum import StrEnum


class NameEnum(StrEnum):
    ANTHROPIC = "anthropic"
    AZURE_OPENAI = "azure_openai"
    BEDROCK = "bedrock"
    DEEPSEEK = "deepseek"
    FAKE = "fake"
    GOOGLE = "google"
    GROQ = "groq"
    NVIDIA = "nvidia"
    OPENAI = "openai"
    PERPLEXITY = "perplexity"
    SAGEMAKER = "sagemaker"
    XAI = "xai"

    def __str__(self) -> str:
        return str(self.value)
