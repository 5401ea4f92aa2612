def filter_students(names, grades, favorite_colors):
    return [
        name
        for name, grade, color in zip(names, grades, favorite_colors)
        if grade > 90 and (color == "green" or color == "red")
    ]
