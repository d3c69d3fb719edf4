import DanVanCore
