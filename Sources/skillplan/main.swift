print("skillplan")
