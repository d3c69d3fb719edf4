import DanVanUI
